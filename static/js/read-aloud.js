// "Vorlesen" (templates/components/read_aloud.html): the device's own speech synthesis reads the
// article in reading order, one sentence at a time, with a voice for the text's language; the
// sentence being read is highlighted. Where an element carries data-speak (phone numbers digit
// by digit, postcodes, times: read_aloud/speakable.py on the server), that is said instead of
// its text. Headings and list items are read on their own, which gives the pauses. Without a
// voice for the language the control says so (in the page's language, from the template).

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, address, td, th, caption";
const SKIP = "[data-speak-skip], [hidden], [aria-hidden='true'], script, style, template, svg, button";
const SENTENCE_END = /[.!?…؟]+(?=\s|$)/g;
const VOICE_WAIT_MS = 1500;
const HIGHLIGHT = "read-aloud";

function segmentsByBlock(article) {
    const groups = [];
    let current = null;
    let skipInside = null;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode(node) {
            if (node.nodeType === Node.ELEMENT_NODE) {
                return node.matches(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
            }
            return node.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
        },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (skipInside && skipInside.contains(node)) {
            continue;
        }
        const isElement = node.nodeType === Node.ELEMENT_NODE;
        if (isElement && node.dataset.speak === undefined) {
            continue;
        }
        if (isElement) {
            skipInside = node;
        }
        const block = (isElement ? node : node.parentElement).closest(BLOCKS) || article;
        if (!current || current.block !== block) {
            current = { block, segments: [] };
            groups.push(current);
        }
        current.segments.push(isElement ? { element: node, speak: node.dataset.speak } : { text: node });
    }
    return groups;
}

// Sentences of one block: what to say, and where the sentence stands on the page.
function sentencesOf(group) {
    const sentences = [];
    let words = "";
    let start = null;
    let end = null;
    const finish = () => {
        if (words.trim()) {
            sentences.push({ words: words.replace(/\s+/g, " ").trim(), start, end, block: group.block });
        }
        words = "";
        start = null;
    };
    for (const segment of group.segments) {
        if (segment.element) {
            start ??= { before: segment.element };
            end = { after: segment.element };
            words += ` ${segment.speak} `;
            continue;
        }
        const text = segment.text.data;
        let from = 0;
        for (const match of text.matchAll(SENTENCE_END)) {
            const until = match.index + match[0].length;
            start ??= { node: segment.text, offset: from };
            end = { node: segment.text, offset: until };
            words += text.slice(from, until);
            finish();
            from = until;
        }
        if (text.slice(from).trim()) {
            start ??= { node: segment.text, offset: from };
            end = { node: segment.text, offset: text.length };
            words += text.slice(from);
        }
    }
    finish();
    return sentences;
}

function rangeOf(sentence) {
    const range = document.createRange();
    if (sentence.start.before) {
        range.setStartBefore(sentence.start.before);
    } else {
        range.setStart(sentence.start.node, sentence.start.offset);
    }
    if (sentence.end.after) {
        range.setEndAfter(sentence.end.after);
    } else {
        range.setEnd(sentence.end.node, sentence.end.offset);
    }
    return range;
}

function waitForVoices() {
    if (speechSynthesis.getVoices().length) {
        return Promise.resolve(speechSynthesis.getVoices());
    }
    return new Promise((resolve) => {
        const done = () => resolve(speechSynthesis.getVoices());
        speechSynthesis.addEventListener("voiceschanged", done, { once: true });
        setTimeout(done, VOICE_WAIT_MS);
    });
}

function voiceFor(voices, language) {
    const wanted = language.toLowerCase().split("-")[0];
    const matching = voices.filter((voice) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === wanted);
    return matching.find((voice) => voice.localService) || matching[0] || null;
}

class Reader {
    constructor(box, voice, language) {
        this.box = box;
        this.controls = box.querySelector("[data-read-aloud-controls]");
        this.play = box.querySelector("[data-read-aloud-play]");
        this.stop = box.querySelector("[data-read-aloud-stop]");
        this.status = box.querySelector("[data-read-aloud-status]");
        this.article = box.closest("article") || document.querySelector("main");
        this.voice = voice;
        this.language = language;
        this.state = "stopped";
        this.sentences = [];
        this.index = 0;
        this.play.addEventListener("click", () => this.toggle());
        this.stop.addEventListener("click", () => this.end());
        window.addEventListener("pagehide", () => speechSynthesis.cancel());
    }

    label(name) {
        return this.controls.dataset[name];
    }

    show(state) {
        this.state = state;
        const labels = { playing: "labelPause", paused: "labelResume", stopped: "labelPlay" };
        this.play.textContent = this.label(labels[state]);
        this.stop.disabled = state === "stopped";
        this.box.classList.toggle("is-reading", state !== "stopped");
        this.status.textContent = this.label(
            { playing: "labelPlaying", paused: "labelPaused", stopped: "labelStopped" }[state],
        );
    }

    toggle() {
        if (this.state === "playing") {
            speechSynthesis.pause();
            this.show("paused");
        } else if (this.state === "paused") {
            speechSynthesis.resume();
            this.show("playing");
        } else {
            this.sentences = segmentsByBlock(this.article).flatMap(sentencesOf);
            this.index = 0;
            speechSynthesis.cancel();
            this.show("playing");
            this.speakNext();
        }
    }

    speakNext() {
        const sentence = this.sentences[this.index];
        if (!sentence || this.state === "stopped") {
            this.end();
            return;
        }
        this.highlight(sentence);
        const utterance = new SpeechSynthesisUtterance(sentence.words);
        utterance.lang = this.language;
        utterance.voice = this.voice;
        utterance.addEventListener("end", () => {
            if (this.state !== "stopped") {
                this.index += 1;
                this.speakNext();
            }
        });
        utterance.addEventListener("error", () => this.end());
        speechSynthesis.speak(utterance);
    }

    highlight(sentence) {
        this.clearHighlight();
        sentence.block.classList.add("is-being-read");
        if (window.Highlight && CSS.highlights) {
            CSS.highlights.set(HIGHLIGHT, new Highlight(rangeOf(sentence)));
        }
        sentence.block.scrollIntoView({ block: "nearest" });
    }

    clearHighlight() {
        for (const block of this.article.querySelectorAll(".is-being-read")) {
            block.classList.remove("is-being-read");
        }
        if (window.Highlight && CSS.highlights) {
            CSS.highlights.delete(HIGHLIGHT);
        }
    }

    end() {
        const wasReading = this.state !== "stopped";
        this.state = "stopped";
        speechSynthesis.cancel();
        this.clearHighlight();
        if (wasReading) {
            this.show("stopped");
        }
    }
}

async function setUp(box) {
    const article = box.closest("article") || document.querySelector("main");
    const language = article.closest("[lang]")?.lang || document.documentElement.lang || "de";
    const voice = "speechSynthesis" in window ? voiceFor(await waitForVoices(), language) : null;
    if (!voice) {
        box.querySelector("[data-read-aloud-no-voice]").hidden = false;
        return;
    }
    box.querySelector("[data-read-aloud-controls]").hidden = false;
    return new Reader(box, voice, language);
}

for (const box of document.querySelectorAll("[data-read-aloud]")) {
    setUp(box);
}
