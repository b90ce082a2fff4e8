// The page editor's checks panel (Wagtail) shows the reading time rounded to the nearest
// minute, so 82 words read as "0 Min.". Coordinators expect at least one minute, rounded up:
// this rewrites the number each time Wagtail writes it. Wagtail's own German reading speed.
{
    const WORDS_PER_MINUTE = 260;

    const roundUp = () => {
        const words = Number.parseInt(
            document.querySelector("[data-content-word-count]")?.textContent ?? "",
            10,
        );
        const time = document.querySelector("[data-content-reading-time]");
        if (!time || Number.isNaN(words) || words === 0) return;
        const minutes = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
        const text = time.textContent.replace(/\d+/, String(minutes));
        if (text !== time.textContent) time.textContent = text;
    };

    const watch = () => {
        const time = document.querySelector("[data-content-reading-time]");
        if (!time) return;
        new MutationObserver(roundUp).observe(time, {
            childList: true,
            characterData: true,
            subtree: true,
        });
    };

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", watch);
    } else {
        watch();
    }
}
