import { describe, expect, it } from 'vitest';
import { segmentText, sentenceTexts } from './helpers.js';

describe('splits on terminators', () => {
  it.each<[string, string, string[]]>([
    ['full stop', 'ذهب أحمد. عاد محمد', ['ذهب أحمد.', 'عاد محمد']],
    ['exclamation mark', 'يا له من يوم! عاد محمد', ['يا له من يوم!', 'عاد محمد']],
    ['question mark', 'Who? Me', ['Who?', 'Me']],
    ['Arabic question mark', 'هل عاد؟ نعم', ['هل عاد؟', 'نعم']],
    ['Arabic semicolon', 'عاد محمد؛ ثم ذهب', ['عاد محمد؛', 'ثم ذهب']],
    ['ellipsis', 'انتظر… ثم ذهب', ['انتظر…', 'ثم ذهب']],
    ['Urdu full stop', 'وہ گیا۔ پھر آیا', ['وہ گیا۔', 'پھر آیا']],
    ['three dots', 'انتظر... ثم ذهب', ['انتظر...', 'ثم ذهب']],
    ['stacked terminators', 'ماذا؟! لا', ['ماذا؟!', 'لا']],
    ['terminator without a following space', 'انتهى.ثم', ['انتهى.', 'ثم']],
    ['a short word, then a full stop typed without its space', 'جاء في.وقال', ['جاء في.', 'وقال']],
    ['terminator at the end', 'انتهى.', ['انتهى.']],
    ['no terminator', 'قال ذلك', ['قال ذلك']],
    ['three sentences', 'ذهب أحمد. عاد محمد؟ نعم عاد!', ['ذهب أحمد.', 'عاد محمد؟', 'نعم عاد!']],
  ])('%s', (_, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });
});

describe('splits on line breaks', () => {
  it.each<[string, string, string[]]>([
    ['newline', 'سطر أول\nسطر ثان', ['سطر أول', 'سطر ثان']],
    ['paragraph break', 'سطر أول\n\nسطر ثان', ['سطر أول', 'سطر ثان']],
    ['CRLF', 'سطر أول\r\nسطر ثان', ['سطر أول', 'سطر ثان']],
    ['line separator', 'سطر أول\u2028سطر ثان', ['سطر أول', 'سطر ثان']],
    ['terminator then newline', 'انتهى.\nبدأ', ['انتهى.', 'بدأ']],
    ['title line without terminator', 'مسئول بالخارجية: فخورون\nتعد قضية الاتجار.', ['مسئول بالخارجية: فخورون', 'تعد قضية الاتجار.']],
    ['blank lines only', '\n\n\n', []],
  ])('%s', (_, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });
});

describe('does not split', () => {
  it.each<[string, string]>([
    ['inside a decimal number', 'بلغ النمو 1.5 في المئة'],
    ['inside an Arabic decimal', 'بلغ النمو ١٫٥ في المئة'],
    ['inside a number with thousands separators', 'بلغ 3,000,000.50 دولار'],
    ['after the abbreviation د.', 'قال د. محمد علي إن'],
    ['after the abbreviation م.', 'قال م. أحمد إن المشروع'],
    ['inside ج.م', 'دفع 500 ج.م للحكومة'],
    ['after Arabic initials', 'قال أ. د. محمد إن'],
    ['after Latin initials', 'J. K. Rowling wrote it'],
    ['after an abbreviation with a diacritic', 'قال دُ. محمد إن'],
    ['inside letters spelled out with dots', 'ذكرت شبكة سي.إن.إن وقناة بي.بي.سي أن'],
  ])('%s', (_, text) => {
    expect(sentenceTexts(text)).toEqual([text]);
  });

  it('still splits after the number', () => {
    expect(sentenceTexts('بلغ النمو 1.5. ثم تراجع')).toEqual(['بلغ النمو 1.5.', 'ثم تراجع']);
  });

  it('still splits after a two-letter word', () => {
    expect(sentenceTexts('قال لا. ثم ذهب')).toEqual(['قال لا.', 'ثم ذهب']);
  });
});

describe('closing quotes and brackets', () => {
  it.each<[string, string, string[]]>([
    ['double quote', 'قال: "انتهى." ثم ذهب', ['قال: "انتهى."', 'ثم ذهب']],
    ['curly quote', 'قال “هيكى.” ثم ذهب', ['قال “هيكى.”', 'ثم ذهب']],
    ['guillemet', 'قال «انتهى!» ثم ذهب', ['قال «انتهى!»', 'ثم ذهب']],
    ['parenthesis', '(انتهى.) ثم ذهب', ['(انتهى.)', 'ثم ذهب']],
    ['bracket', '[انتهى؟] ثم', ['[انتهى؟]', 'ثم']],
    ['quote and parenthesis', '(قال "انتهى.") ثم', ['(قال "انتهى.")', 'ثم']],
    ['single quote', "He said 'stop.' Then", ["He said 'stop.'", 'Then']],
  ])('%s after the terminator stays in the sentence', (_, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });

  it('an opening quote after a space starts the next sentence', () => {
    expect(sentenceTexts('انتهى. "ثم ذهب"')).toEqual(['انتهى.', '"ثم ذهب"']);
  });
});

describe('sentence records', () => {
  it('numbers sentences and points them at their tokens', () => {
    const text = 'ذهب أحمد. عاد محمد إلى القاهرة.\nAverage Rating';
    const { sentences, tokens } = segmentText(text);
    expect(sentences.map((s) => [s.id, s.tokenStart, s.tokenEnd, s.script, s.skip])).toEqual([
      [0, 0, 3, 'arabic', false],
      [1, 3, 8, 'arabic', false],
      [2, 8, 10, 'latin', true],
    ]);
    for (const s of sentences) {
      expect(s.start).toBe(tokens[s.tokenStart]!.start);
      expect(s.end).toBe(tokens[s.tokenEnd - 1]!.end);
    }
  });

  it('flags a sentence in another script as skip, and a digits-only one as not', () => {
    const { sentences } = segmentText('مرحبا بكم.\nHello there.\n2024\nПривет мир.');
    expect(sentences.map((s) => [s.script, s.skip])).toEqual([
      ['arabic', false],
      ['latin', true],
      ['digit', false],
      ['other', true],
    ]);
  });

  it('gives a mostly Arabic sentence with a Latin name the Arabic script', () => {
    const { sentences } = segmentText('قال المسئول في وكالة USAID إن التعاون مستمر.');
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatchObject({ script: 'arabic', skip: false });
  });
});
