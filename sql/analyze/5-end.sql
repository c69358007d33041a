-- Last part of sql/analyze.sql and sql/shard.sql: the run's temp tables go.
-- This run's temp tables (their triggers go with temp.nw_step).
DROP TABLE IF EXISTS temp.nw_step;
DROP TABLE IF EXISTS temp.nw_set;
DROP VIEW IF EXISTS temp.mention_initials;
DROP VIEW IF EXISTS temp.mention_initials_seen;
DROP VIEW IF EXISTS temp.mention_full_name;
DROP TABLE IF EXISTS temp.todo;
DROP TABLE IF EXISTS temp.ready;
DROP TABLE IF EXISTS temp.gone;
DROP TABLE IF EXISTS temp.work;
DROP TABLE IF EXISTS temp.batch;
DROP TABLE IF EXISTS temp.candidates;
DROP TABLE IF EXISTS temp.dates;
DROP TABLE IF EXISTS temp.pairs;
DROP TABLE IF EXISTS temp.cover;
DROP TABLE IF EXISTS temp.claim_pairs;
DROP TABLE IF EXISTS temp.new_links;
DROP TABLE IF EXISTS temp.template;
DROP TABLE IF EXISTS temp.passage_pairs_new;
DROP TABLE IF EXISTS temp.evidence;
