import { describe, expect, it } from 'vitest';
import { parseAnkiText } from '@/lib/import/parse-anki';

/** An export as Anki 2.1.55+ writes it with every "include" box ticked. */
const MODERN = [
  '#separator:tab',
  '#html:true',
  '#guid column:1',
  '#notetype column:2',
  '#deck column:3',
  '#tags column:6',
  'a1B2c3\tBasic\tML::Linear algebra\tWhat is the <b>trace</b> of A?\tThe sum of its eigenvalues<br>(with multiplicity)\teigen linalg',
  'd4E5f6\tBasic\tML::Linear algebra\t"Quoted ""front""\twith a tab"\t"Back on<br>two lines"\t',
].join('\n');

describe('parseAnkiText: Anki 2.1.55+ export with a header', () => {
  it('maps the columns the header names, converts HTML and keeps each note’s line', () => {
    const parsed = parseAnkiText(MODERN);
    expect(parsed.format).toBe('anki');
    expect(parsed.skipped).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 7,
        front: 'What is the trace of A?',
        back: 'The sum of its eigenvalues\n\n(with multiplicity)',
        tags: ['eigen', 'linalg'],
        notes: [],
      },
      // In HTML a tab is white space, as Anki shows it.
      { line: 8, front: 'Quoted "front" with a tab', back: 'Back on\n\ntwo lines', tags: [], notes: [] },
    ]);
  });

  it('reads a plain-text export (#html:false) literally: newlines kept, Markdown punctuation escaped', () => {
    const text = '#separator:tab\n#html:false\n#tags column:3\n"Is a < b and 2*3*4 = 24?\nSay $5"\t<b> is not bold here\ttag\n';
    expect(parseAnkiText(text).rows).toEqual([
      {
        line: 4,
        front: 'Is a \\< b and 2\\*3\\*4 = 24?\n\nSay \\$5',
        back: '\\<b\\> is not bold here',
        tags: ['tag'],
        notes: [],
      },
    ]);
  });

  it('honours another separator and a "tags:" line of tags for every note', () => {
    const text = 'tags:imported deck1\n#separator:semicolon\n#html:false\nfront one;back one\n';
    expect(parseAnkiText(text).rows).toEqual([{ line: 4, front: 'front one', back: 'back one', tags: ['imported', 'deck1'], notes: [] }]);
  });
});

describe('parseAnkiText: older export without a header', () => {
  it('reads tab-separated HTML fields with the tags in the last column', () => {
    const text = 'What does <i>PCA</i> maximise?\tThe variance of the projection&nbsp;&amp; nothing else\tpca-svd-dimred ml\n';
    expect(parseAnkiText(text).rows).toEqual([
      { line: 1, front: 'What does PCA maximise?', back: 'The variance of the projection & nothing else', tags: ['pca-svd-dimred', 'ml'], notes: [] },
    ]);
  });

  it('reads a two-column export as front and back with no tags', () => {
    expect(parseAnkiText('Q1\tA1\nQ2\tA2').rows.map((row) => [row.line, row.front, row.back, row.tags])).toEqual([
      [1, 'Q1', 'A1', []],
      [2, 'Q2', 'A2', []],
    ]);
  });
});

describe('parseAnkiText: skipped rows, with line and reason', () => {
  it('reports each problem on the line it happens', () => {
    const long = 'x'.repeat(20_001);
    const text = [
      '#separator:tab',
      '#html:true',
      '#tags column:3',
      'Good front\tGood back\t',
      '\tNo front\t',
      'No back\t<br>\t',
      'Too few columns',
      `Long back\t${long}\t`,
      '#a stray comment',
      '<img src="diagram.png">\tBack of an image\t',
      'Extra\tcolumns\there\ttoo',
      '"never closed\tback\t',
      'swallowed\tby the quote\t',
    ].join('\n');
    const parsed = parseAnkiText(text);
    expect(parsed.rows.map((row) => row.line)).toEqual([4]);
    expect(parsed.skipped).toEqual([
      { line: 5, reason: 'the front is empty' },
      { line: 6, front: 'No back', reason: 'the back is empty' },
      { line: 7, reason: "has 1 column where the file's notes have 3 (an unquoted separator or quote?)" },
      { line: 8, front: 'Long back', reason: 'the back is longer than 20,000 characters (20,001)' },
      { line: 9, reason: 'starts with "#", which Anki reads as a comment, not a note' },
      { line: 10, reason: 'the front is empty once its media is left out (left out: image diagram.png)' },
      { line: 11, reason: "has 4 columns where the file's notes have 3 (an unquoted separator or quote?)" },
      { line: 12, reason: 'a quoted field opens here and is never closed, so lines 12–13 could not be read' },
    ]);
  });

  it('says when a file has a single column', () => {
    expect(parseAnkiText('just a line\nanother line').skipped).toEqual([
      { line: 1, reason: 'has 1 column: a note needs a front and a back' },
      { line: 2, reason: 'has 1 column: a note needs a front and a back' },
    ]);
  });
});

describe('parseAnkiText: media and cloze notes', () => {
  it('drops images and sounds and says so on the row', () => {
    const text = 'Name this curve [sound:curve.mp3]\tA sigmoid <img src="sig&amp;moid.png"> squashes to (0, 1)\n';
    expect(parseAnkiText(text).rows).toEqual([
      {
        line: 1,
        front: 'Name this curve',
        back: 'A sigmoid squashes to (0, 1)',
        tags: [],
        notes: ['left out: sound curve.mp3, image sig&moid.png'],
      },
    ]);
  });

  it('turns a cloze note into a prompt with blanks, the filled text as answer and the deletions as key points', () => {
    const text = '#separator:tab\n#html:true\n{{c1::Adam}} keeps a running mean of the {{c2::squared gradients::what?}}\tKingma &amp; Ba, 2014\n';
    expect(parseAnkiText(text).rows).toEqual([
      {
        line: 3,
        front: '\\[…\\] keeps a running mean of the \\[what?\\]',
        back: '**Adam** keeps a running mean of the **squared gradients**\n\nKingma & Ba, 2014',
        keyPoints: ['Adam', 'squared gradients'],
        tags: [],
        notes: ['cloze note: the deletions are blanked in the prompt'],
      },
    ]);
  });
});
