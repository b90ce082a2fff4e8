// Evaluate functions of the editor checks in integrationsnetz/editor_checks.py (the ids must
// match). Loaded by Wagtail's user bar, for editors only, right after the user bar's own script
// and before it starts axe-core on window load. Registered functions need no eval(), which the
// public site's Content-Security-Policy forbids. A classic script, not a module: a module would
// run too late in a page that has already loaded.
{
    const normalise = (text) =>
        text
            .toLocaleLowerCase("de")
            .replace(/[^\p{L}\p{N}]+/gu, " ")
            .trim();

    const countMatches = (text, pattern) => (text.match(pattern) || []).length;

    const fileNameStem = (url) => {
        const fileName = url.split(/[?#]/)[0].split("/").pop() || "";
        try {
            return decodeURIComponent(fileName).split(".")[0];
        } catch {
            return fileName.split(".")[0];
        }
    };

    const checks = {
        // A link text that only says "hier", "mehr", "weiter" ... fails.
        "integrationsnetz-link-text-specific": (node, options) => {
            const text = node.getAttribute("aria-label") || node.textContent || "";
            return !options.texts.includes(normalise(text));
        },
        // An alt text that repeats the image's file name (Wagtail's renditions keep the original
        // name before the first dot: "sommerfest-2026.2e16d0ba.fill-800x450.webp") fails.
        "integrationsnetz-alt-not-file-name": (node) => {
            const alt = normalise(node.getAttribute("alt") || "").replaceAll(" ", "");
            const sources = [node.currentSrc, node.getAttribute("src")].filter(Boolean);
            return !sources.some((url) => normalise(fileNameStem(url)).replaceAll(" ", "") === alt);
        },
        // Text of a few words or more whose letters are mostly capitals fails; scripts without
        // capitals (Arabic, Persian) pass.
        "integrationsnetz-not-all-caps": (node, options) => {
            const text = node.textContent || "";
            if (countMatches(text, /\p{L}+/gu) < options.minWords) {
                return true;
            }
            const upper = countMatches(text, /\p{Lu}/gu);
            const lower = countMatches(text, /\p{Ll}/gu);
            return upper === 0 || upper < options.maxUppercaseShare * (upper + lower);
        },
    };

    const userbar = document.querySelector("wagtail-userbar");
    for (const [id, evaluate] of Object.entries(checks)) {
        userbar?.registerCheck?.(id, evaluate);
    }
}
