-- newswire: the corpus analysis as one HTML page, for a journalist.
--
--   sqlite3 news.db -cmd '.load ./newswire' < sql/analyze.sql
--   sqlite3 news.db -cmd '.load ./newswire' < sql/report.sql
--   sqlite3 news.db -cmd '.load ./newswire' -noheader -list \
--       "SELECT html FROM report" > report.html
--
-- Plain SQL (no shell commands), so any SQLite host runs it: it creates
-- the view report(html), one row, the whole page, built from the views of
-- sql/analyze.sql when it is read (so it is always current).  The page is
-- self-contained: inline CSS, no script, no font, nothing fetched (a
-- Content-Security-Policy forbids it), every text of the corpus
-- HTML-escaped.  It shows, in this order:
--   1. Who copied whom: each link of reuse_links (a later article's best
--      source when it explains >= 20% of it), the two articles side by
--      side, the regions of reuse (reuse_spans() regions that overlap
--      prose in both articles) marked by kind (verbatim,
--      near-verbatim, paraphrase) and the words word_diff() found changed
--      in them highlighted; hovering a region outlines its counterpart.
--   2. The reuse graph: the SVG the host put in report_graph (Graphviz
--      cannot run inside SQLite): render reuse_dot with `dot -Tsvg` and
--      INSERT it; without one, the page says why there is no graph.
--   3. What disagrees (discrepancies), each version beside the sentence
--      it comes from.  4. Quotes and claims as each outlet worded them
--      (claim_variants), with the changes marked.  5. The timeline.
--      6. The articles.
--
-- In the side-by-side view a region of text is cut into pieces where
-- regions and changes begin and end (reuse_spans() regions may overlap:
-- one sentence split in two in the other article).  Each piece is a
-- <mark> with class "k-KIND" for every kind of region covering it (CSS
-- shows the strongest), class "sN" and data-r="N ..." for the regions
-- (reuse seq) covering it, and class "chg" when every region covering it
-- has it changed: so a region's text is exactly its pieces, in order.
CREATE TABLE IF NOT EXISTS report_graph(svg TEXT, note TEXT);

DROP VIEW IF EXISTS report;
CREATE VIEW report AS
WITH
-- the links, the most copied first (share, then verbatim regions); an
-- article without a published date shows its reference date (a date line)
link AS (
  SELECT row_number() OVER (ORDER BY l.share DESC, l.verbatim_spans + l.near_verbatim_spans DESC,
                                     l.target) AS n,
         l.source, l.source_outlet, coalesce(l.source_published, zs.reference_date) AS source_published,
         l.target, l.target_outlet, coalesce(l.target_published, zt.reference_date) AS target_published,
         l.share, l.spans, l.verbatim_spans, l.near_verbatim_spans, l.paraphrase_spans,
         s.body AS a_body, t.body AS b_body, s.title AS a_title, t.title AS b_title,
         s.url AS a_url, t.url AS b_url
  FROM reuse_links l JOIN articles s ON s.id = l.source JOIN articles t ON t.id = l.target
  LEFT JOIN analyzed zs ON zs.article = l.source LEFT JOIN analyzed zt ON zt.article = l.target),
region AS (
  SELECT l.n, r.seq, r.kind, r.a_start, r.a_length, r.b_start, r.b_length,
         substr(l.a_body, r.a_start, r.a_length) AS a_text,
         substr(l.b_body, r.b_start, r.b_length) AS b_text
  FROM link l JOIN reuse r ON r.source = l.source AND r.target = l.target),
-- each region on each side of its pair: [s, e) in that article's body
side_region AS (
  SELECT n, 'a' AS side, seq, kind, a_start AS s, a_start + a_length AS e FROM region
  UNION ALL
  SELECT n, 'b', seq, kind, b_start, b_start + b_length FROM region),
-- words word_diff() found changed inside a region, on each side
side_change AS (
  SELECT g.n, 'a' AS side, g.seq, g.a_start + d.a_start - 1 AS s,
         g.a_start + d.a_start - 1 + d.a_length AS e
  FROM region g, word_diff(g.a_text, g.b_text) d
  WHERE g.kind <> 'verbatim' AND d.op IN ('replace', 'delete') AND d.a_length > 0
  UNION ALL
  SELECT g.n, 'b', g.seq, g.b_start + d.b_start - 1, g.b_start + d.b_start - 1 + d.b_length
  FROM region g, word_diff(g.a_text, g.b_text) d
  WHERE g.kind <> 'verbatim' AND d.op IN ('replace', 'insert') AND d.b_length > 0),
side_body AS (
  SELECT n, 'a' AS side, source AS article, a_body AS body FROM link
  UNION ALL SELECT n, 'b', target, b_body FROM link),
cut AS (
  SELECT n, side, 1 AS p FROM side_body
  UNION SELECT n, side, length(body) + 1 FROM side_body
  UNION SELECT n, side, s FROM side_region UNION SELECT n, side, e FROM side_region
  UNION SELECT n, side, s FROM side_change UNION SELECT n, side, e FROM side_change),
piece AS (
  SELECT n, side, p, q FROM (
    SELECT c.n, c.side, c.p, lead(c.p) OVER (PARTITION BY c.n, c.side ORDER BY c.p) AS q
    FROM cut c JOIN side_body b ON b.n = c.n AND b.side = c.side
    WHERE c.p BETWEEN 1 AND length(b.body) + 1)
  WHERE q IS NOT NULL AND q > p),
piece_html AS (
  SELECT x.n, x.side, x.p,
         CASE WHEN count(r.seq) = 0 THEN x.esc
         ELSE '<mark class="' || replace(group_concat(DISTINCT 'k-' || r.kind), ',', ' ') || ' s'
              || group_concat(r.seq, ' s')
              || CASE WHEN (SELECT count(*) FROM side_change c WHERE c.n = x.n AND c.side = x.side
                              AND c.s <= x.p AND c.e >= x.q) = count(r.seq)
                      THEN ' chg' ELSE '' END
              || '" data-r="' || group_concat(r.seq, ' ') || '">' || x.esc || '</mark>' END AS html
  -- (a carriage return as a reference: the HTML parser would make it a
  -- line feed, and the pane must hold the body exactly)
  FROM (SELECT i.*, replace(replace(replace(replace(replace(substr(b.body, i.p, i.q - i.p),
                 '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), char(13), '&#13;') AS esc
        FROM piece i JOIN side_body b ON b.n = i.n AND b.side = i.side) x
  LEFT JOIN side_region r ON r.n = x.n AND r.side = x.side AND r.s <= x.p AND r.e >= x.q
  GROUP BY x.n, x.side, x.p),
side_html AS (
  SELECT DISTINCT n, side,
         group_concat(html, '') OVER (PARTITION BY n, side ORDER BY p
           ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS html
  FROM piece_html),
-- one article's heading in the side-by-side view
side_head AS (
  SELECT l.n, 'a' AS side, l.source AS article, l.source_outlet AS outlet,
         l.source_published AS published, l.a_title AS title, l.a_url AS url FROM link l
  UNION ALL
  SELECT l.n, 'b', l.target, l.target_outlet, l.target_published, l.b_title, l.b_url FROM link l),
side_pane AS (
  SELECT h.n, h.side,
         '<div class="pane ' || h.side || '" data-article="' || h.article || '"><div class="head">'
         || '<span class="who">' || CASE h.side WHEN 'a' THEN 'source' ELSE 'copy' END || ' · article '
         || h.article || '</span> <b>'
         || replace(replace(replace(coalesce(h.outlet, '?'), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
         || '</b> · ' || coalesce(h.published, 'date unknown')
         || CASE WHEN h.title IS NULL THEN '' ELSE '<div class="title">'
              || replace(replace(replace(h.title, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</div>' END
         || CASE WHEN h.url LIKE 'http://%' OR h.url LIKE 'https://%'
              THEN '<div class="url">' || replace(replace(replace(replace(h.url, '&', '&amp;'), '<', '&lt;'),
                     '>', '&gt;'), '"', '&quot;') || '</div>' ELSE '' END
         || '</div><div class="body">' || coalesce(x.html, '') || '</div></div>' AS html
  FROM side_head h LEFT JOIN side_html x ON x.n = h.n AND x.side = h.side),
pairs_html AS (
  SELECT coalesce(group_concat(html, char(10)), '<p class="none">No article explains 20% or more of a later one: nothing to show side by side.</p>') AS html
  FROM (SELECT n, '<section class="pair" id="pair-' || l.source || '-' || l.target || '"><h3>'
          || l.n || '. '
          || replace(replace(coalesce(l.target_outlet, 'article ' || l.target), '&', '&amp;'), '<', '&lt;')
          || ' <span class="dim">(' || coalesce(l.target_published, 'date unknown') || ')</span> has '
          || CAST(round(100 * l.share) AS INTEGER) || '% of its text from '
          || replace(replace(coalesce(l.source_outlet, 'article ' || l.source), '&', '&amp;'), '<', '&lt;')
          || ' <span class="dim">(' || coalesce(l.source_published, 'date unknown') || ')</span></h3>'
          || '<p class="counts">' || l.spans || CASE WHEN l.spans = 1 THEN ' reused region: ' ELSE ' reused regions: ' END || l.verbatim_spans || ' verbatim, '
          || l.near_verbatim_spans || ' near-verbatim, ' || l.paraphrase_spans || ' paraphrase</p>'
          || '<div class="sbs">' || (SELECT group_concat(html, '') FROM (SELECT html FROM side_pane
               WHERE side_pane.n = l.n ORDER BY side)) || '</div></section>' AS html
        FROM link l ORDER BY n)),
-- hovering region N outlines region N on the other side too
hover_css AS (
  SELECT coalesce(group_concat('.pair:has(.s' || seq || ':hover) .s' || seq, ','), '.none') AS sel
  FROM (SELECT DISTINCT seq FROM region)),
summary AS (
  SELECT (SELECT count(*) FROM articles) AS articles,
         (SELECT count(DISTINCT source) FROM articles) AS outlets,
         (SELECT min(published) FROM articles) AS first_date,
         (SELECT max(published) FROM articles) AS last_date,
         (SELECT count(*) FROM link) AS links,
         (SELECT count(*) FROM article_reuse) AS pairs,
         (SELECT count(*) FROM discrepancies) AS discrepancies,
         (SELECT count(*) FROM analysis_skipped) AS skipped),
links_table AS (
  SELECT coalesce(group_concat(html, char(10)), '') AS html FROM (
    SELECT '<tr><td><a href="#pair-' || source || '-' || target || '">' || n || '</a></td><td>'
      || replace(replace(coalesce(target_outlet, 'article ' || target), '&', '&amp;'), '<', '&lt;')
      || '</td><td>' || coalesce(target_published, '?') || '</td><td>'
      || replace(replace(coalesce(source_outlet, 'article ' || source), '&', '&amp;'), '<', '&lt;')
      || '</td><td>' || coalesce(source_published, '?') || '</td><td class="num">'
      || CAST(round(100 * share) AS INTEGER) || '%</td><td class="num">' || verbatim_spans || ' / '
      || near_verbatim_spans || ' / ' || paraphrase_spans || '</td></tr>' AS html
    FROM link ORDER BY n)),
graph_html AS (
  SELECT CASE
    WHEN (SELECT count(*) FROM link) = 0 THEN '<p class="none">No links to draw.</p>'
    WHEN (SELECT svg FROM report_graph WHERE instr(svg, '<svg') > 0 LIMIT 1) IS NOT NULL
      THEN '<div class="graph">' || (SELECT substr(svg, instr(svg, '<svg')) FROM report_graph
                                     WHERE instr(svg, '<svg') > 0 LIMIT 1) || '</div>'
    ELSE '<p class="none">No graph: '
      || replace(replace(coalesce((SELECT note FROM report_graph WHERE note IS NOT NULL LIMIT 1),
           'nothing in report_graph; render reuse_dot with Graphviz (dot -Tsvg) and insert the SVG there'),
           '&', '&amp;'), '<', '&lt;') || '.</p>' END AS html),
-- discrepancies, each version with the sentence it comes from
disc AS (
  SELECT row_number() OVER (ORDER BY kind, article_a, article_b, what) AS id, * FROM discrepancies),
disc_side AS (
  SELECT id, 'a' AS side, kind, what, article_a AS article, version_a AS version FROM disc
  UNION ALL SELECT id, 'b', kind, what, article_b, version_b FROM disc),
evidence AS (
  -- the sentence holding a mention of the version's value (figure, date)
  -- or role (title), or the version's words (quote, speaker); the one
  -- most like what the row is about when there are several
  SELECT id, side, sentence, needle FROM (
    SELECT x.*, row_number() OVER (PARTITION BY x.id, x.side ORDER BY x.sim DESC, x.start) AS k FROM (
      SELECT e.id, e.side, s.start, s.text AS sentence,
             CASE WHEN e.kind = 'title' AND instr(lower(s.text), lower(e.version)) > 0
                  THEN substr(s.text, instr(lower(s.text), lower(e.version)), length(e.version))
                  ELSE m.text END AS needle,
             similar_passage(s.text, e.what) AS sim
      FROM disc_side e JOIN articles a ON a.id = e.article, sentences(a.body) s
      JOIN mention m ON m.article = e.article AND m.start >= s.start AND m.start < s.start + s.length
      WHERE (e.kind IN ('figure', 'date') AND m.type IN ('QUANTITY', 'MONEY', 'PERCENT', 'DATE')
             AND instr(',' || e.version || ',', ',' || CAST(m.value AS TEXT) || ',') > 0
             AND (e.kind = 'date' OR m.unit IS e.what))
         OR (e.kind = 'title' AND m.type = 'PERSON' AND lower(m.role) = lower(e.version))
      UNION ALL
      SELECT e.id, e.side, s.start, s.text,
             substr(s.text, instr(lower(s.text), lower(e.version)), length(e.version)),
             similar_passage(s.text, e.what)
      FROM disc_side e JOIN articles a ON a.id = e.article, sentences(a.body) s
      WHERE e.kind IN ('quote', 'speaker') AND e.version <> ''
        AND instr(lower(s.text), lower(e.version)) > 0) x)
  WHERE k = 1),
disc_cell AS (
  SELECT e.id, e.side,
         '<div class="ver">' || replace(replace(coalesce(CASE WHEN e.kind IN ('figure', 'date') THEN v.needle END,
                                                  e.version, ''), '&', '&amp;'), '<', '&lt;') || '</div>'
         || CASE WHEN v.sentence IS NULL THEN ''
            WHEN coalesce(v.needle, '') = '' OR instr(v.sentence, v.needle) = 0
              THEN '<div class="ev">' || replace(replace(replace(v.sentence, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</div>'
            ELSE '<div class="ev">'
              || replace(replace(replace(substr(v.sentence, 1, instr(v.sentence, v.needle) - 1), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
              || '<mark class="evm">' || replace(replace(replace(v.needle, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</mark>'
              || replace(replace(replace(substr(v.sentence, instr(v.sentence, v.needle) + length(v.needle)), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
              || '</div>' END AS html
  FROM disc_side e LEFT JOIN evidence v ON v.id = e.id AND v.side = e.side),
disc_html AS (
  SELECT coalesce(group_concat(html, char(10)), '<tr><td colspan="4" class="none">None found.</td></tr>') AS html FROM (
    SELECT '<tr><td><span class="badge ' || d.kind || '">' || d.kind || '</span></td><td>'
      || replace(replace(coalesce(d.what, ''), '&', '&amp;'), '<', '&lt;') || '</td><td><div class="outlet">'
      || replace(replace(coalesce(d.outlet_a, ''), '&', '&amp;'), '<', '&lt;') || ' <span class="dim">(article '
      || d.article_a || ')</span></div>' || ca.html || '</td><td><div class="outlet">'
      || replace(replace(coalesce(d.outlet_b, ''), '&', '&amp;'), '<', '&lt;') || ' <span class="dim">(article '
      || d.article_b || ')</span></div>' || cb.html || '</td></tr>' AS html
    FROM disc d JOIN disc_cell ca ON ca.id = d.id AND ca.side = 'a'
    JOIN disc_cell cb ON cb.id = d.id AND cb.side = 'b' ORDER BY d.id)),
-- claims with versions in other articles, altered ones first (100 at most)
claim_group AS (
  SELECT first_article, first_seq, max(changed) AS changed, count(*) - 1 AS versions
  FROM claim_variants GROUP BY first_article, first_seq
  HAVING sum(article <> first_article) > 0
  ORDER BY max(changed) DESC, count(*) DESC, first_article, first_seq LIMIT 100),
variant AS (
  SELECT g.first_article, g.first_seq, v.article, v.seq, v.source, v.published,
         v.speaker_resolved, v.similarity, v.changed, f.content AS first_content, v.content
  FROM claim_group g JOIN claim_variants v ON v.first_article = g.first_article AND v.first_seq = g.first_seq
  JOIN claim f ON f.article = g.first_article AND f.seq = g.first_seq
  WHERE v.article <> v.first_article),
-- the version's own text, with the words word_diff() replaced or
-- inserted in <ins> and the first version's words it lost in <del>
variant_run AS (
  SELECT v.article, v.seq, d.seq AS k,
         replace(replace(replace(substr(v.content, coalesce(lag(d.b_start + d.b_length) OVER w, 1),
           d.b_start - coalesce(lag(d.b_start + d.b_length) OVER w, 1)), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
         || CASE WHEN d.op IN ('delete', 'replace')
              THEN '<del>' || replace(replace(replace(d.a_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</del> ' ELSE '' END
         || CASE WHEN d.op = 'equal' THEN '' WHEN d.op IN ('insert', 'replace') THEN '<ins>' ELSE '' END
         || replace(replace(replace(substr(v.content, d.b_start, d.b_length), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
         || CASE WHEN d.op IN ('insert', 'replace') THEN '</ins>' ELSE '' END
         || CASE WHEN lead(d.seq) OVER w IS NULL
              THEN replace(replace(replace(substr(v.content, d.b_start + d.b_length), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
              ELSE '' END AS html
  FROM variant v, word_diff(v.first_content, v.content) d
  WINDOW w AS (PARTITION BY v.article, v.seq ORDER BY d.seq)),
variant_text AS (
  SELECT DISTINCT article, seq, group_concat(html, '') OVER (PARTITION BY article, seq ORDER BY k
           ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS html
  FROM variant_run),
claims_html AS (
  SELECT coalesce(group_concat(html, char(10)), '<p class="none">No claim appears in more than one article.</p>') AS html FROM (
    SELECT '<div class="claim' || CASE WHEN g.changed THEN ' altered' ELSE '' END || '"><div class="orig">'
      || CASE WHEN g.changed THEN '<span class="badge quote">altered</span> ' ELSE '' END
      || '<b>' || replace(replace(coalesce(f.speaker_resolved, f.speaker, 'unattributed'), '&', '&amp;'), '<', '&lt;')
      || '</b> in ' || replace(replace(coalesce(a.source, ''), '&', '&amp;'), '<', '&lt;') || ' <span class="dim">('
      || coalesce(a.published, 'date unknown') || ', article ' || f.article || ')</span>: '
      || '<q>' || replace(replace(replace(coalesce(f.content, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</q></div><ul>'
      || (SELECT group_concat(li, '') FROM (
           SELECT '<li><span class="outlet">' || replace(replace(coalesce(v.source, ''), '&', '&amp;'), '<', '&lt;')
             || '</span> <span class="dim">(article ' || v.article || ', similarity ' || printf('%.2f', v.similarity)
             || CASE WHEN v.speaker_resolved IS NOT f.speaker_resolved THEN ', speaker '
                  || replace(replace(coalesce(v.speaker_resolved, 'unattributed'), '&', '&amp;'), '<', '&lt;') ELSE '' END
             || ')</span> ' || coalesce(t.html, '') || '</li>' AS li
           FROM variant v LEFT JOIN variant_text t ON t.article = v.article AND t.seq = v.seq
           WHERE v.first_article = g.first_article AND v.first_seq = g.first_seq
           ORDER BY v.published, v.article))
      || '</ul></div>' AS html
    FROM claim_group g JOIN claim f ON f.article = g.first_article AND f.seq = g.first_seq
    JOIN articles a ON a.id = f.article
    ORDER BY g.changed DESC, g.versions DESC, g.first_article, g.first_seq)),
-- the timeline (the first 400 dates)
timeline_html AS (
  SELECT coalesce(group_concat(html, char(10)), '<tr><td colspan="3" class="none">No dates found.</td></tr>')
         || CASE WHEN (SELECT count(*) FROM timeline) > 400
              THEN '<tr><td colspan="3" class="none">… the first 400 of ' || (SELECT count(*) FROM timeline)
                   || ' dates; SELECT * FROM timeline for all.</td></tr>' ELSE '' END AS html FROM (
    SELECT '<tr><td class="date">' || replace(replace(coalesce(value, ''), '&', '&amp;'), '<', '&lt;')
      || '</td><td>' || replace(replace(coalesce(source, ''), '&', '&amp;'), '<', '&lt;') || ' <span class="dim">('
      || article || ')</span></td><td>'
      || CASE WHEN instr(coalesce(sentence, ''), text) > 0
           THEN replace(replace(replace(substr(sentence, 1, instr(sentence, text) - 1), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
             || '<mark class="evm">' || replace(replace(replace(text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</mark>'
             || replace(replace(replace(substr(sentence, instr(sentence, text) + length(text)), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
           ELSE replace(replace(replace(coalesce(sentence, text), '&', '&amp;'), '<', '&lt;'), '>', '&gt;') END
      || '</td></tr>' AS html
    FROM timeline LIMIT 400)),
articles_html AS (
  SELECT coalesce(group_concat(html, char(10)), '') AS html FROM (
    SELECT '<tr><td class="num">' || a.id || '</td><td>' || replace(replace(coalesce(a.source, ''), '&', '&amp;'), '<', '&lt;')
      || '</td><td>' || coalesce(a.published, '?') || '</td><td>'
      || replace(replace(coalesce(a.title, ''), '&', '&amp;'), '<', '&lt;') || '</td><td>'
      || replace(replace(coalesce(z.status, 'not analysed'), '&', '&amp;'), '<', '&lt;') || '</td></tr>' AS html
    FROM articles a LEFT JOIN analyzed z ON z.article = a.id ORDER BY a.id))
SELECT '<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src ''none''; style-src ''unsafe-inline''; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newswire report</title>
<style>
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d1d1f; margin: 0; background: #f4f4f1; }
header.top { background: #1f2a44; color: #fff; padding: 10px 24px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 24px; }
header.top h1 { font-size: 19px; margin: 0; }
header.top .facts { font-size: 14px; opacity: .9; }
nav { font-size: 14px; } nav a { color: #cfe0ff; margin-right: 12px; }
main { padding: 8px 24px 40px; max-width: 1500px; margin: 0 auto; }
h2 { font-size: 18px; margin: 22px 0 6px; border-bottom: 2px solid #1f2a44; padding-bottom: 2px; }
h3 { font-size: 16px; margin: 10px 0 2px; }
.dim { color: #666; font-weight: normal; }
.legend { font-size: 13px; margin: 4px 0 8px; }
.legend mark { padding: 1px 6px; margin-right: 8px; }
.counts { margin: 0 0 6px; font-size: 13px; color: #444; }
.pair { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 6px 12px 12px; margin: 10px 0 18px; }
.sbs { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
.pane { border: 1px solid #e2e2e2; border-radius: 4px; background: #fcfcfa; min-width: 0; }
.pane .head { padding: 6px 10px; border-bottom: 1px solid #e2e2e2; background: #f0f0ec; font-size: 14px; }
.pane .who { text-transform: uppercase; font-size: 11px; letter-spacing: .05em; color: #555; }
.pane .title { font-style: italic; } .pane .url { font-size: 12px; color: #555; overflow-wrap: anywhere; }
.pane .body { white-space: pre-wrap; overflow-wrap: anywhere; padding: 8px 12px; max-height: 62vh; overflow-y: auto; font: 15px/1.55 Georgia, "DejaVu Serif", serif; }
mark { color: inherit; border-radius: 2px; background: transparent; }
mark.k-paraphrase { background: #d7e7ff; }
mark.k-near-verbatim { background: #ffdcae; }
mark.k-verbatim { background: #ffc2c2; }
mark.chg { background: #ffe94d; box-shadow: inset 0 -2px #b08800; font-weight: 600; }
mark.chg.k-paraphrase:not(.k-near-verbatim) { background: #d7e7ff; box-shadow: inset 0 -2px #5a86c5; font-weight: normal; }
' || (SELECT sel FROM hover_css) || ' { outline: 2px solid #1f2a44; }
.graph { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px; overflow-x: auto; }
.graph svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; background: #fff; width: 100%; font-size: 14px; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eceae4; } td.num { text-align: right; white-space: nowrap; } td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 8px; background: #ddd; }
.badge.figure { background: #ffd0d0; } .badge.quote { background: #ffe94d; } .badge.title { background: #e3d3ff; }
.badge.date { background: #cfeedd; } .badge.speaker { background: #d7e7ff; }
.ver { font-weight: 600; } .ev { font-family: Georgia, "DejaVu Serif", serif; color: #333; }
mark.evm { background: #ffe94d; }
.claim { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 6px 12px; margin: 8px 0; }
.claim.altered { border-left: 5px solid #d9a400; }
.claim ul { margin: 4px 0; padding-left: 20px; } .claim li { margin: 3px 0; font-family: Georgia, "DejaVu Serif", serif; }
.claim .outlet { font-family: system-ui, sans-serif; font-weight: 600; }
del { background: #ffd6d6; color: #8a0000; } ins { background: #d4f5d4; color: #0a5a0a; text-decoration: none; border-bottom: 1px solid #0a5a0a; }
.none { color: #666; font-style: italic; }
@media (max-width: 900px) { .sbs { grid-template-columns: 1fr; } }
</style></head><body>
<header class="top"><h1>newswire report</h1><span class="facts">'
  || s.articles || ' articles from ' || s.outlets || ' outlets'
  || CASE WHEN s.first_date IS NULL THEN '' ELSE ', ' || s.first_date || ' to ' || s.last_date END
  || ' · ' || s.links || ' reuse links shown · ' || s.discrepancies || ' discrepancies'
  || CASE WHEN s.skipped > 0 THEN ' · ' || s.skipped || ' articles skipped' ELSE '' END
  || '</span><nav><a href="#reuse">Who copied whom</a><a href="#graph">Graph</a><a href="#disagree">What disagrees</a><a href="#claims">Quotes</a><a href="#timeline">Timeline</a><a href="#articles">Articles</a></nav></header>
<main>
<h2 id="reuse">1. Who copied whom</h2>
<div class="legend">Reused text, by kind: <mark class="k-verbatim">verbatim</mark><mark class="k-near-verbatim">near-verbatim</mark><mark class="k-paraphrase">paraphrase</mark><mark class="k-near-verbatim chg">changed words</mark><mark class="k-paraphrase chg">reworded</mark> Each later article beside its best source, when that source explains at least 20% of it ('
  || s.links || ' of ' || s.pairs || ' article pairs sharing text). Hover a passage to see its counterpart.</div>
' || (SELECT html FROM pairs_html) || '
<table class="links"><tr><th>#</th><th>article</th><th>published</th><th>best source</th><th>published</th><th>share</th><th>regions verbatim / near / paraphrase</th></tr>
' || (SELECT html FROM links_table) || '
</table>
<h2 id="graph">2. The reuse graph</h2>
' || (SELECT html FROM graph_html) || '
<h2 id="disagree">3. What disagrees</h2>
<table class="disc"><tr><th>kind</th><th>about</th><th>earlier version</th><th>later version</th></tr>
' || (SELECT html FROM disc_html) || '
</table>
<h2 id="claims">4. Quotes and claims, as each outlet worded them</h2>
<div class="legend">Each claim as first published, then every later version: <del>words dropped</del> <ins>words added or replaced</ins>.</div>
' || (SELECT html FROM claims_html) || '
<h2 id="timeline">5. Timeline</h2>
<table class="timeline"><tr><th>date</th><th>article</th><th>sentence</th></tr>
' || (SELECT html FROM timeline_html) || '
</table>
<h2 id="articles">6. The articles</h2>
<table class="articles"><tr><th>id</th><th>outlet</th><th>published</th><th>title</th><th>analysis</th></tr>
' || (SELECT html FROM articles_html) || '
</table>
<p class="dim">Made by newswire ' || newswire_version() || ' (sql/report.sql).</p>
</main></body></html>' AS html
FROM summary s;
