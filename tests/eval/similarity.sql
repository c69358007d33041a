-- make eval-similarity: quality of similar_passage() and signatures on the
-- labelled pairs in tests/eval/similarity_pairs.tsv.
.mode ascii
.separator "\t" "\n"
CREATE TEMP TABLE pairs(id INTEGER, kind TEXT, label INTEGER, a TEXT, b TEXT);
.import --skip 1 tests/eval/similarity_pairs.tsv pairs
.mode list
.separator "  "
CREATE TEMP TABLE scored AS
  SELECT id, kind, CAST(label AS INTEGER) AS label,
         similar_passage(a, b) AS sim,
         signature_similarity(passage_signature(a), passage_signature(b)) AS sig,
         (SELECT count(*) FROM reuse_spans(a, b)) > 0 AS spans
  FROM pairs;

-- AUC by the rank-sum formula: the chance a reused pair outscores an
-- unrelated one (ties count half).
CREATE TEMP VIEW auc AS
  SELECT 'similar_passage' AS measure,
         (SELECT avg(CASE WHEN p.sim > n.sim THEN 1.0 WHEN p.sim = n.sim THEN 0.5 ELSE 0 END)
            FROM scored p, scored n WHERE p.label = 1 AND n.label = 0) AS auc
  UNION ALL
  SELECT 'signature_similarity',
         (SELECT avg(CASE WHEN p.sig > n.sig THEN 1.0 WHEN p.sig = n.sig THEN 0.5 ELSE 0 END)
            FROM scored p, scored n WHERE p.label = 1 AND n.label = 0);

-- Precision, recall and F1 of a yes/no detector given as (label, yes) rows.
CREATE TEMP TABLE detectors(name TEXT, label INTEGER, yes INTEGER);
INSERT INTO detectors SELECT 'similar_passage >= 0.4', label, sim >= 0.4 FROM scored;
INSERT INTO detectors SELECT 'signature_similarity >= 0.2', label, sig >= 0.2 FROM scored;
INSERT INTO detectors SELECT 'reuse_spans (any row)', label, spans FROM scored;

.print similar_passage / signature quality on tests/eval/similarity_pairs.tsv
SELECT printf('%d pairs: %d reused (verbatim, near-verbatim, translation, paraphrase, distorted), %d not',
              count(*), sum(label), sum(1 - label)) FROM scored;
.print
.print AUC
SELECT printf('  %-22s %.3f', measure, auc) FROM auc;
.print
.print pair detection           precision  recall  F1
SELECT printf('  %-26s %6.3f  %6.3f  %6.3f', name, p, r, 2*p*r/(p+r)) FROM (
  SELECT name, 1.0*sum(label AND yes)/max(sum(yes),1) AS p,
         1.0*sum(label AND yes)/max(sum(label),1) AS r
  FROM detectors GROUP BY name ORDER BY rowid);
.print
.print per kind                  mean sim  min sim  max sim  detected(>=0.4)
SELECT printf('  %-24s %7.3f  %7.3f  %7.3f  %d/%d', kind, avg(sim), min(sim), max(sim), sum(sim >= 0.4), count(*))
FROM scored GROUP BY kind ORDER BY min(label) DESC, avg(sim) DESC;
.print
.print threshold sweep of similar_passage   precision  recall  F1
SELECT printf('  >= %.2f                            %6.3f  %6.3f  %6.3f', t, p, r, CASE WHEN p+r>0 THEN 2*p*r/(p+r) ELSE 0 END) FROM (
  SELECT t.value/100.0 AS t,
         1.0*sum(label AND sim >= t.value/100.0)/max(sum(sim >= t.value/100.0),1) AS p,
         1.0*sum(label AND sim >= t.value/100.0)/sum(label) AS r
  FROM scored, generate_series(20, 60, 5) t GROUP BY t.value);
