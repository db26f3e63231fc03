/** Opening quotation marks as news writes them (“ « " ‘ ' „): one list for every rule that reads quotes. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '«', '"', '‘', "'", '„']);

/** Closing quotation marks (” » " ’ ' and “, which some outlets close with). */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '»', '"', '’', "'", '“']);
