// The page editor's checks panel (Wagtail) shows the reading time rounded to the nearest
// minute, so 82 words read as "0 Min.". Coordinators expect at least one minute, rounded up:
// this rewrites the number each time Wagtail writes it, with Wagtail's reading speed for the
// language of the previewed page (its "w-preview:content" event names it; German otherwise).
{
    // Words per minute, as Wagtail's content metrics count them; other languages as English.
    const WORDS_PER_MINUTE = {
        ar: 181, zh: 260, nl: 228, en: 238, fi: 195, fr: 214,
        de: 260, he: 224, it: 285, ko: 226, es: 278, sv: 218,
    };
    let language = "de";

    const roundUp = () => {
        const words = Number.parseInt(
            document.querySelector("[data-content-word-count]")?.textContent ?? "",
            10,
        );
        const time = document.querySelector("[data-content-reading-time]");
        if (!time || Number.isNaN(words) || words === 0) return;
        const speed = WORDS_PER_MINUTE[language.split("-")[0]] ?? WORDS_PER_MINUTE.en;
        const minutes = Math.max(1, Math.ceil(words / speed));
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

    // Wagtail announces the previewed content just before it writes the numbers.
    document.addEventListener("w-preview:content", (event) => {
        language = event.detail?.content?.lang || "de";
    });

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", watch);
    } else {
        watch();
    }
}
