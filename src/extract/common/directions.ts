// The adjectives of the four directions, with the article, masculine and feminine: they name a part of a
// place (الجزء الشمالي) or, after a nationality, the country it belongs to (الكوري الجنوبي).

/** The direction adjectives, normalized (الشمالي, الغربية …). */
export const DIRECTION_ADJECTIVES: ReadonlySet<string> = new Set(['الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الشماليه', 'الجنوبيه', 'الشرقيه', 'الغربيه']);
