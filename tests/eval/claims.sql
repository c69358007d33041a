-- make eval-claims: claims() against the hand-annotated paragraphs in
-- tests/eval/claims_{docs,gold}.tsv, beside compromise's quotations
-- (build/eval/peer_claims.tsv, when the peer ran).  A claim is found when
-- its content and the gold content overlap (one contains the other) in
-- the same document; "exact" when they are equal.
.mode ascii
.separator "\t" "\n"
CREATE TEMP TABLE docs0(doc TEXT, body TEXT);
.import --skip 1 tests/eval/claims_docs.tsv docs0
CREATE TEMP TABLE gold(doc TEXT, speaker TEXT, speaker_resolved TEXT, cue TEXT, kind TEXT, content TEXT);
.import --skip 1 tests/eval/claims_gold.tsv gold
CREATE TEMP TABLE peer(doc TEXT, speaker TEXT, content TEXT);
.import build/eval/peer_claims.tsv peer
.mode list
.separator "  "
CREATE TEMP TABLE docs AS SELECT doc, replace(body, '\n', char(10)) AS body FROM docs0;
CREATE TEMP TABLE ours AS
  SELECT d.doc, c.speaker, c.speaker_resolved, c.cue, c.kind, c.content
  FROM docs d, claims(d.body) c;

CREATE TEMP VIEW pred AS
  SELECT 'newswire' AS system, doc, speaker, speaker_resolved, kind, content FROM ours
  UNION ALL SELECT 'peer', doc, speaker, NULL, 'direct', content FROM peer;

-- gold claim g is found by system s when a predicted content overlaps it
CREATE TEMP VIEW found AS
  SELECT s.system, g.rowid AS gid, g.kind,
    max(p.content = g.content) AS exact,
    max(lower(coalesce(p.speaker,'')) = lower(g.speaker)) AS speaker_ok,
    max(g.speaker_resolved <> '' AND (instr(lower(coalesce(p.speaker_resolved,'')), lower(g.speaker_resolved)) > 0
        OR instr(lower(g.speaker_resolved), lower(coalesce(p.speaker_resolved,'-'))) > 0)) AS resolved_ok
  FROM gold g, (SELECT 'newswire' AS system UNION ALL SELECT 'peer') s
  JOIN pred p ON p.system = s.system AND p.doc = g.doc
   AND length(p.content) > 0 AND (instr(p.content, g.content) > 0 OR instr(g.content, p.content) > 0)
  GROUP BY s.system, g.rowid;

.print claims() on tests/eval/claims_docs.tsv
SELECT printf('%d documents, %d gold claims (%d direct, %d indirect, %d mixed)',
  (SELECT count(*) FROM docs), count(*), sum(kind='direct'), sum(kind='indirect'), sum(kind='mixed')) FROM gold;
.print
.print detection              system     gold  pred  found  precision  recall  exact-span
SELECT printf('%-22s %-9s %5d %5d %6d %9.3f %7.3f %10.3f', k.kind, s.system,
  (SELECT count(*) FROM gold g WHERE k.kind = 'all' OR g.kind = k.kind),
  (SELECT count(*) FROM pred p WHERE p.system = s.system AND (k.kind = 'all' OR p.kind = k.kind)),
  (SELECT count(*) FROM found f WHERE f.system = s.system AND (k.kind = 'all' OR f.kind = k.kind)),
  (SELECT 1.0*count(*) FROM pred p WHERE p.system = s.system AND (k.kind = 'all' OR p.kind = k.kind)
     AND EXISTS (SELECT 1 FROM gold g WHERE g.doc = p.doc AND (instr(p.content, g.content) > 0 OR instr(g.content, p.content) > 0)))
   / max(1, (SELECT count(*) FROM pred p WHERE p.system = s.system AND (k.kind = 'all' OR p.kind = k.kind))),
  (SELECT 1.0*count(*) FROM found f WHERE f.system = s.system AND (k.kind = 'all' OR f.kind = k.kind))
   / max(1, (SELECT count(*) FROM gold g WHERE k.kind = 'all' OR g.kind = k.kind)),
  (SELECT 1.0*sum(exact) FROM found f WHERE f.system = s.system AND (k.kind = 'all' OR f.kind = k.kind))
   / max(1, (SELECT count(*) FROM gold g WHERE k.kind = 'all' OR g.kind = k.kind)))
FROM (SELECT 'direct' AS kind UNION ALL SELECT 'indirect' UNION ALL SELECT 'mixed' UNION ALL SELECT 'all') k,
     (SELECT 'newswire' AS system UNION ALL SELECT 'peer') s
WHERE s.system = 'newswire' OR k.kind IN ('direct', 'all');
.print
.print speakers of the found claims   speaker as written  resolved speaker
SELECT printf('  %-9s %28.3f %17.3f', system, avg(speaker_ok),
              1.0*sum(resolved_ok)/max(1, sum(g.speaker_resolved <> '')))
FROM found f JOIN gold g ON g.rowid = f.gid GROUP BY system;
