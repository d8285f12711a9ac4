import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, looksLikeFeed } from '../../src/ingest/feed.js';
import { parseContent } from '../../src/ingest/sources.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>وكالة الرافد</title>
  <link>https://rafed.example/</link>
  <item>
    <title>افتتاح خط قطار جديد بين المدينتين</title>
    <link>https://rafed.example/news/101</link>
    <pubDate>Tue, 12 Mar 2024 09:30:00 GMT</pubDate>
    <description>افتتاح خط قطار جديد</description>
    <content:encoded><![CDATA[<p>افتتحت وزارة النقل اليوم خطا جديدا للقطارات يربط المدينتين في ساعتين.</p><p>وقال الوزير إن الخط سينقل عشرة آلاف راكب يوميا.</p>]]></content:encoded>
  </item>
  <item>
    <title>خبر بلا محتوى</title>
    <link>https://rafed.example/news/102</link>
  </item>
  <item>
    <title>ارتفاع أسعار الخضار</title>
    <description><![CDATA[ارتفعت أسعار الخضار في الأسواق المحلية بنسبة 8% هذا الأسبوع.]]></description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>مدونة الساحل</title>
  <entry>
    <title>موسم الصيد يبدأ الأسبوع المقبل</title>
    <link href="https://sahel.example/posts/7"/>
    <published>2024-04-02T06:00:00Z</published>
    <content type="html">&lt;p&gt;يبدأ موسم صيد الأسماك رسميا الأسبوع المقبل بعد انتهاء فترة الحظر.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('feeds', () => {
  test('recognises RSS and Atom, not HTML', () => {
    assert.equal(looksLikeFeed(RSS), true);
    assert.equal(looksLikeFeed(ATOM), true);
    assert.equal(looksLikeFeed('<!doctype html><html><body><p>نص</p></body></html>'), false);
  });

  test('RSS items become articles: content:encoded preferred, items without content skipped', () => {
    const items = parseFeed(RSS, 'feed.xml');
    assert.equal(items.length, 2);
    const [first, second] = items;
    assert.equal(first.source, 'https://rafed.example/news/101');
    assert.equal(first.title, 'افتتاح خط قطار جديد بين المدينتين');
    assert.equal(first.outlet, 'وكالة الرافد');
    assert.equal(first.text, 'افتتحت وزارة النقل اليوم خطا جديدا للقطارات يربط المدينتين في ساعتين.\nوقال الوزير إن الخط سينقل عشرة آلاف راكب يوميا.');
    assert.equal(first.published, '2024-03-12T09:30:00.000Z');
    assert.equal(second.source, 'feed.xml#2', 'no link: <file>#<index>');
    assert.equal(second.text, 'ارتفعت أسعار الخضار في الأسواق المحلية بنسبة 8% هذا الأسبوع.');
  });

  test('Atom entries: link href, published, escaped HTML content', () => {
    const [entry] = parseFeed(ATOM, 'atom.xml');
    assert.equal(entry.source, 'https://sahel.example/posts/7');
    assert.equal(entry.outlet, 'مدونة الساحل');
    assert.equal(entry.published, '2024-04-02T06:00:00.000Z');
    assert.equal(entry.text, 'يبدأ موسم صيد الأسماك رسميا الأسبوع المقبل بعد انتهاء فترة الحظر.');
  });

  test('parseContent routes .xml feeds to the feed reader', () => {
    assert.equal(parseContent(RSS, 'news.xml', '.xml').length, 2);
  });
});
