/**
 * Labels compared the way a reader compares them (DESIGN.md section 6): a sheet typed by hand from the official
 * document differs from the catalog in case, spacing, punctuation, STT prefixes, tone placement and
 * abbreviations, never in words. Everything here is a whole-word, meaning-preserving rewrite: a looser match
 * would risk placing a number on the wrong indicator, which is worse than not placing it.
 */

/** Tone marks of Vietnamese in NFD. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

function splitTone(ch: string): { base: string; tone: string } {
  const d = ch.normalize("NFD");
  const tone = d.match(TONE)?.[0] ?? "";
  return { base: d.replace(TONE, "").normalize("NFC"), tone };
}

/**
 * "hoà" / "hòa", "uỷ" / "ủy", "khoẻ" / "khỏe": the old and new rules put the tone of a word-final oa, oe, uy on
 * different vowels. The canonical form is the catalog's (tone on the first vowel). Not after "q": in "quý"
 * the u belongs to the consonant and both rules agree.
 */
function foldTonePlacement(s: string): string {
  return s.replace(/(?<!q)([ou])(\p{L})(?![\p{L}\p{M}])/gu, (m, first: string, second: string) => {
    const { base, tone } = splitTone(second);
    if (!tone) return m;
    if ((first === "o" && (base === "a" || base === "e")) || (first === "u" && base === "y"))
      return (first + tone).normalize("NFC") + base;
    return m;
  });
}

/** Spelling variants with i / y that mean the same word. */
const SPELLING: Record<string, string> = { tỉ: "tỷ", kĩ: "kỹ", lí: "lý", kì: "kỳ", mĩ: "mỹ", qui: "quy", quí: "quý" };

/**
 * Abbreviations of the sources and of the officers who retype them, expanded to one canonical (full) form.
 * Keys are lower case, punctuation already turned to spaces ("PT-TH" is "pt th").
 */
const ABBREVIATIONS: Record<string, string> = {
  tthc: "thủ tục hành chính",
  vbqppl: "văn bản quy phạm pháp luật",
  qppl: "quy phạm pháp luật",
  vb: "văn bản",
  cchc: "cải cách hành chính",
  ubnd: "ủy ban nhân dân",
  hđnd: "hội đồng nhân dân",
  cbccvc: "cán bộ công chức viên chức",
  cbcc: "cán bộ công chức",
  ccvc: "công chức viên chức",
  đvsncl: "đơn vị sự nghiệp công lập",
  sncl: "sự nghiệp công lập",
  ttđt: "thông tin điện tử",
  dvc: "dịch vụ công",
  pakn: "phản ánh kiến nghị",
  bcci: "bưu chính công ích",
  nsnn: "ngân sách nhà nước",
  "pt th": "phát thanh truyền hình",
  qg: "quốc gia",
  vbqg: "văn bản quốc gia",
  cntt: "công nghệ thông tin",
  cqcm: "cơ quan chuyên môn",
  cq: "cơ quan",
  đvhc: "đơn vị hành chính",
  htqlcl: "hệ thống quản lý chất lượng",
  tdthpl: "theo dõi thi hành pháp luật",
  "kt xh": "kinh tế xã hội",
  "gd đt": "giáo dục đào tạo",
  "vh tdtt": "văn hóa thể dục thể thao",
  tdtt: "thể dục thể thao",
  lđtbxh: "lao động thương binh và xã hội",
  kq: "kết quả",
  tw: "trung ương",
};

const WORD_START = "(?<![\\p{L}\\p{M}\\p{N}])";
const WORD_END = "(?![\\p{L}\\p{M}\\p{N}])";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

const wordsRe = (alternatives: string, after = "") =>
  new RegExp(`${WORD_START}(?:${alternatives})${after}${WORD_END}`, "gu");
const longestFirst = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

let rewrites: { spelling: RegExp; abbreviation: RegExp; gloss: RegExp } | undefined;

/**
 * The whole-word expressions, made when the first label is normalised: each costs a millisecond or two to build,
 * and a command that reads only injected sheets (rows found by their ids) never normalises a label.
 */
function wordRewrites(): NonNullable<typeof rewrites> {
  rewrites ??= {
    spelling: wordsRe(Object.keys(SPELLING).join("|")),
    abbreviation: wordsRe(longestFirst(Object.keys(ABBREVIATIONS))),
    /** "văn bản quy phạm pháp luật (VBQPPL)" expands to the phrase twice: the gloss is dropped. */
    gloss: wordsRe(`(${longestFirst(new Set(Object.values(ABBREVIATIONS)))})`, " \\1"),
  };
  return rewrites;
}

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" };

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** A leading STT or bullet as printed: "1.", "1.1.", "3.4.1.2.", "1)", "(1)", "I", "II.", "a)", "-", "•". */
function stripStt(s: string): string {
  for (let i = 0; i < 3; i++) {
    const m =
      s.match(/^\(?\d+(?:\.\d+)*\.?\)?(?=\s|$)(?!\s*%)/u) ??
      s.match(/^[IVX]+[.)]?(?=\s|$)/u) ??
      s.match(/^[a-zđA-ZĐ][.)](?=\s|$)/u) ??
      s.match(/^[-–—+•·*●○▪■◦►➢]+/u);
    if (!m) break;
    // "VI", "XI" without a dot are words ("vi phạm", "xi măng"), not section numbers.
    if (/^[IVX]/.test(m[0]) && (!ROMAN.test(m[0].replace(/[.)]$/, "")) || m[0] === "VI" || m[0] === "XI")) break;
    s = s.slice(m[0].length).trimStart();
  }
  return s;
}

/**
 * One canonical text per label: NFC, lower case, one tone placement, no STT or bullet, no HTML tags, single
 * spaces, no punctuation except "=", "/" and "%" (they carry meaning in legends and ratios), abbreviations
 * expanded.
 */
export function normalizeLabel(text: string): string {
  let s = text
    .normalize("NFC")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e])
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/\s+/gu, " ")
    .trim();
  // Plain toLowerCase: Vietnamese has no locale-specific casing, and the ICU path is ten times slower.
  s = stripStt(s).toLowerCase();
  s = foldTonePlacement(s)
    .replace(/[^\p{L}\p{M}\p{N}\s=/%]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  const re = wordRewrites();
  s = s.replace(re.spelling, (w) => SPELLING[w]);
  let expanded = false;
  s = s.replace(re.abbreviation, (w) => {
    expanded = true;
    return ABBREVIATIONS[w.replace(/\s+/gu, " ")];
  });
  if (expanded) s = s.replace(re.gloss, "$1");
  return s
    .replace(/\s*=\s*/g, " = ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+%/g, "%")
    .trim();
}

/** The label without what it says in parentheses (a legend, a gloss, a cut-off date): a weaker key. */
export function looseLabel(text: string): string {
  let prev: string;
  let s = text.normalize("NFC");
  do {
    prev = s;
    s = s.replace(/\([^()]*\)/g, " ");
  } while (s !== prev);
  return normalizeLabel(s);
}
