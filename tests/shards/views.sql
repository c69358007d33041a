-- The corpus answers of an analysed database, in one fixed order, to
-- compare a sharded analysis with one process (tests/shards/run.sh, make
-- bench-shards, make test-distributed): every row of article_reuse,
-- claim_variants, discrepancies, timeline and entity_variants, then the
-- counts of the tables under them.
.mode list
.headers off
SELECT 'article_reuse', * FROM article_reuse ORDER BY target, source;
SELECT 'claim_variants', * FROM claim_variants ORDER BY article, seq, first_article, first_seq;
SELECT 'discrepancies', * FROM discrepancies ORDER BY 2, 3, 4, 5, 6, 7, 8, 9;
SELECT 'timeline', * FROM timeline ORDER BY date, article, text, value;
SELECT 'entity_variants', * FROM entity_variants ORDER BY key, type, outlet, written_as;
SELECT 'counts', (SELECT count(*) FROM analyzed), (SELECT count(*) FROM prepared),
       (SELECT count(*) FROM passage), (SELECT count(*) FROM mention),
       (SELECT count(*) FROM claim), (SELECT count(*) FROM claim_link),
       (SELECT count(*) FROM reuse), (SELECT count(*) FROM reuse_pair),
       (SELECT count(*) FROM passage_twin), (SELECT count(*) FROM pidx_sig),
       (SELECT count(*) FROM cidx_sig);
