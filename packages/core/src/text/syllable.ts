/** Tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** The letters of Vietnamese, lower case NFC: a word with any other letter (ñ, ö, æ) is no syllable. */
const ALPHABET = /^[a-eg-ik-vxyđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/u;

const INITIALS = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "qu",
  "th",
  "tr",
  ..."bcdđghklmnpqrstvx",
  "",
];
/** Vowel groups that end a syllable (mai, cao, người, khuya, yêu, thuở). */
const OPEN =
  "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu oai oao oay oeo uây uôi uya uyu ươi ươu iêu yêu uơ";
/** Vowel groups with or without a final consonant (ba/bán, hoa/hoàng, quê/quên, huy/huynh). */
const EITHER = "a e ê i o ô ơ u ư y oa oe uê uy";
/** Vowel groups that need a final consonant (ăn, ấp, xoắn, tuần, tiến, yên, muốn, được, quyết, xoong). */
const CLOSED = "ă â oă uâ iê yê uô ươ uyê oo";
const withoutFinal = new Set(`${OPEN} ${EITHER}`.split(" "));
const withFinal = new Set(`${EITHER} ${CLOSED}`.split(" "));
/** Open pairs that take the tone on either vowel (old "hòa, thủy", new "hoà, thuỷ"; "thuở"). */
const EITHER_TONE = new Set(["oa", "oe", "uy", "uơ"]);
const RHYME = /^([aăâeêioôơuưy]+)(ng|nh|ch|[cmnpt])?$/u;

/** Spelling rules: k, gh, ngh only before i e ê y; c, g (not gi), ng never before them. */
const MISSPELT = /^(?:k(?!h)[^ieêy]|gh[^ieê]|ngh[^ieê]|c[ieêy]|ng[ieêy]|g[eêy])/u;

/** Whether the tone sits where Vietnamese puts it in this vowel group (position in the group). */
function toneFits(group: string, final: string | undefined, at: number): boolean {
  if (at < 0 || group.length === 1) return true;
  if (final !== undefined) return at === group.length - 1;
  if (group.length === 3) return at === 1;
  return at === 0 || EITHER_TONE.has(group);
}

/**
 * Whether a word has the shape of a Vietnamese syllable (used to tell legacy encodings apart):
 * Vietnamese letters only, an initial consonant, a vowel group Vietnamese has, a final consonant,
 * at most one tone, placed as either the old or the new rules place it. So "baùo" (VNI "báo"
 * read as Latin-1), "maõ", "liƯu" and "ñôn" are not syllables. Some non-words pass; no
 * Vietnamese syllable fails.
 */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase().normalize("NFC");
  if (!ALPHABET.test(lower)) return false;
  const chars = [...lower];
  const toned = chars.map((c) => TONE_MARK.test(c.normalize("NFD")));
  if (toned.filter(Boolean).length > 1) return false;
  const bare = chars.map((c) => c.normalize("NFD").replace(TONE_MARKS, "").normalize("NFC")).join("");
  if (MISSPELT.test(bare)) return false;
  return INITIALS.some((initial) => {
    if (!bare.startsWith(initial)) return false;
    const rhyme = RHYME.exec(bare.slice(initial.length));
    if (rhyme === null) return false;
    const [, group = "", final] = rhyme;
    if (!(final === undefined ? withoutFinal : withFinal).has(group)) return false;
    return toneFits(group, final, toned.indexOf(true) - initial.length);
  });
}
