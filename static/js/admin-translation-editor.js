// wagtail-localize's translation editor writes two phrases in English whatever the admin's
// language: a heading "Deutsch to العربية translation" and, for screen readers, "More actions".
// In the German admin this puts the German words (from data- attributes of this script's tag,
// editorial/wagtail_hooks.py) in their place each time the editor draws them.
{
    const script = document.currentScript;
    const HEADING = /^(.+) to (.+) translation$/;

    const germanise = (root) => {
        const { heading, moreActions } = script.dataset;
        for (const element of root.querySelectorAll("*")) {
            if (element.childElementCount !== 0) continue;
            const text = element.textContent.trim();
            const parts = text.match(HEADING);
            if (parts) {
                element.textContent = heading
                    .replace("%(source)s", parts[1])
                    .replace("%(target)s", parts[2]);
            } else if (text === "More actions") {
                element.textContent = moreActions;
            }
        }
    };

    const watch = () => {
        const editor = document.querySelector(".js-translation-editor");
        if (!editor || !document.documentElement.lang.startsWith("de")) return;
        germanise(editor);
        new MutationObserver(() => germanise(editor)).observe(editor, {
            childList: true,
            subtree: true,
        });
    };

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", watch);
    } else {
        watch();
    }
}
