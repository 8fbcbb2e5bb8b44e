// Top-level domains accepted for a domain written without a scheme ("kraken-support.com").
// A closed list keeps file names (report.pdf), abbreviations (e.g., Node.js) and sentences
// typed without a space after the full stop from reading as links. File-like TLDs such as .zip
// and .mov are left out on purpose.
const COMMON_TOP_LEVEL_DOMAINS = new Set(
  (
    "com net org info biz io co me cc tv ai app dev xyz top site online shop store live pro club vip " +
    "link click help support services finance financial exchange money cash network world today tech " +
    "cloud ws su ru cn jp uk us de fr nl ch ca au in kr hk sg tw vn ph th id my br mx es it pl tr ua " +
    "kz eu asia mobi name tk ml ga cf gq ly to gg sh im la ink fun icu buzz cyou rest bar monster sbs " +
    "cfd lol work website space host email mail chat bot wallet bio page digital agency solutions " +
    "global group team guru expert center company ltd inc one art best life news blog social capital " +
    "fund investments trade dog trading market markets security secure systems tokyo cx nu ac be se no fi " +
    "dk at cz hu ro gr pt ie nz za ng ke gh eg sa ae ir pk bd lk np kh mm mn uz az ge am by md ee lv lt"
  ).split(" "),
);

export function isCommonTopLevelDomain(label: string): boolean {
  const lower = label.toLowerCase();
  return COMMON_TOP_LEVEL_DOMAINS.has(lower) || lower.startsWith("xn--");
}
