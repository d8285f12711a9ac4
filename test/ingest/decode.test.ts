import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decode } from '../../src/ingest/decode.js';
import { RasdError } from '../../src/errors.js';

// Our own Arabic text, long enough for statistical detection and with both common and rarer letters.
const ARABIC = [
  'وصل وزير الخارجية إلى العاصمة صباح اليوم في زيارة رسمية تستغرق يومين.',
  'وقال في مؤتمر صحفي إن المحادثات ستتناول الأمن الإقليمي والتعاون الاقتصادي وملف اللاجئين.',
  'وأضاف أن بلاده تأمل في التوصل إلى اتفاق قبل نهاية الشهر المقبل، مؤكدا أهمية الحوار.',
].join('\n');
const SHORT = 'خبر عاجل: انعقاد القمة غدا.';
const MIXED = 'قمة NATO في بروكسل (Brussels) يوم 12/03/2024.';

function bom(bytes: Buffer, prefix: number[]): Buffer {
  return Buffer.concat([Buffer.from(prefix), bytes]);
}

// [what, bytes, expected encoding, expected text]
const CASES: [string, Buffer, string, string][] = [
  ['UTF-8', Buffer.from(ARABIC, 'utf8'), 'UTF-8', ARABIC],
  ['UTF-8 with BOM', bom(Buffer.from(ARABIC, 'utf8'), [0xef, 0xbb, 0xbf]), 'UTF-8', ARABIC],
  ['UTF-16 LE with BOM', bom(iconv.encode(ARABIC, 'utf-16le'), [0xff, 0xfe]), 'UTF-16LE', ARABIC],
  ['UTF-16 BE with BOM', bom(iconv.encode(ARABIC, 'utf-16be'), [0xfe, 0xff]), 'UTF-16BE', ARABIC],
  ['UTF-16 LE without BOM', iconv.encode(ARABIC, 'utf-16le'), 'UTF-16LE', ARABIC],
  ['UTF-16 BE without BOM', iconv.encode(ARABIC, 'utf-16be'), 'UTF-16BE', ARABIC],
  ['UTF-16 LE without BOM, Arabic and Latin', iconv.encode(MIXED, 'utf-16le'), 'UTF-16LE', MIXED],
  ['UTF-16 BE without BOM, Arabic and Latin', iconv.encode(MIXED, 'utf-16be'), 'UTF-16BE', MIXED],
  ['windows-1256', iconv.encode(ARABIC, 'windows-1256'), 'windows-1256', ARABIC],
  ['windows-1256, short text', iconv.encode(SHORT, 'windows-1256'), 'windows-1256', SHORT],
  ['windows-1256, Arabic and Latin', iconv.encode(MIXED, 'windows-1256'), 'windows-1256', MIXED],
  ['ISO-8859-6', iconv.encode(ARABIC, 'iso-8859-6'), 'ISO-8859-6', ARABIC],
];

describe('decode', () => {
  for (const [what, bytes, encoding, text] of CASES) {
    test(what, () => {
      const got = decode(bytes, 'case.txt');
      assert.equal(got.text, text);
      assert.equal(got.encoding, encoding);
    });
  }

  test('plain ASCII is UTF-8', () => {
    assert.deepEqual(decode(Buffer.from('Breaking news\n'), 'a.txt'), { text: 'Breaking news\n', encoding: 'UTF-8' });
  });

  test('binary input is refused with E_INPUT_BINARY', () => {
    // A PNG header followed by NUL-heavy, non-UTF-16 bytes.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66]);
    assert.throws(() => decode(png, 'image.txt'), (err: unknown) => err instanceof RasdError && err.code === 'E_INPUT_BINARY' && err.message.includes('image.txt'));
  });

  test('control-byte noise is refused with E_INPUT_BINARY', () => {
    const noise = Buffer.alloc(512);
    for (let i = 0; i < noise.length; i++) noise[i] = 1 + ((i * 7) % 8); // bytes 1..8: control characters, no NUL
    assert.throws(() => decode(noise, 'noise.bin'), (err: unknown) => err instanceof RasdError && err.code === 'E_INPUT_BINARY');
  });

  test('empty input is refused with E_INPUT_EMPTY', () => {
    assert.throws(() => decode(new Uint8Array(0), 'empty.txt'), (err: unknown) => err instanceof RasdError && err.code === 'E_INPUT_EMPTY');
  });

  test('mostly valid UTF-8 with a few corrupt bytes stays UTF-8, the bad bytes become U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from(ARABIC.slice(0, 60), 'utf8'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(ARABIC.slice(60), 'utf8')]);
    const got = decode(bytes, 'broken.txt');
    assert.equal(got.encoding, 'UTF-8');
    assert.ok(got.text.startsWith(ARABIC.slice(0, 60)));
    assert.ok(got.text.endsWith(ARABIC.slice(60)));
    assert.ok(got.text.includes('\ufffd'));
  });

  test('windows-1256 bytes are not mistaken for corrupt UTF-8, even with some UTF-8-looking pairs', () => {
    // A legacy file: every Arabic letter is one byte, so strict and lenient UTF-8 both fail badly.
    const got = decode(iconv.encode(ARABIC + '\n' + MIXED, 'windows-1256'), 'legacy.txt');
    assert.equal(got.encoding, 'windows-1256');
    assert.equal(got.text, ARABIC + '\n' + MIXED);
  });

  test('invalid UTF-8 after a BOM keeps the text with U+FFFD replacements', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('خبر ', 'utf8'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(' عاجل', 'utf8')]);
    const got = decode(bytes, 'bom-broken.txt');
    assert.equal(got.encoding, 'UTF-8');
    assert.ok(got.text.startsWith('خبر '));
    assert.ok(got.text.endsWith(' عاجل'));
    assert.ok(got.text.includes('\ufffd'));
  });
});
