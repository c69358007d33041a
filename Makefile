# newswire: a SQLite extension for analysing news corpora.
#
#   make          build ./newswire.so
#   make demo     install what is missing, build, run the example analysis,
#                 write build/report.html (DIR=folder for your own articles)
#   make test     install what is missing, build, run every test
#   make test-big the big-input linearity checks at 2, 8 and 32 MB
#   make sanitize the same tests against an ASan+UBSan build
#   make fuzz     libFuzzer targets, FUZZ_SECONDS each (needs clang)
#   make bench    throughput and peak memory on a generated corpus
#   make bench-shards  the analysis in shards on every core against one
#                 process (BENCH_ARTICLES, default 100000)
#   make test-distributed  the analysis in 3 shards under Dask distributed
#                 on 127.0.0.1, one worker killed on the way
#   make eval-similarity  precision/recall/AUC on labelled passage pairs
#   make eval-entities    precision/recall/F1 per entity type, with peers
#   make eval-claims      claim detection and speakers, with compromise
#   make eval-corpus DIR=folder  the corpus figures (and scores, if labelled)
#                 of a real corpus; tests/eval/corpus/build.sh makes them
#   make eval-public      claims() on PolNeAR dev, names on CoNLL-2003 testa (with
#                 compromise), similar_passage() on MSRP train (with Jaccard and TF-IDF)
#   make deps     install the Debian/Ubuntu packages the build needs
#   make sql/analyze.sql  regenerate it from sql/schema.sql and sql/analyze/*.sql

CC      ?= cc
PKGS     = sqlite3 icu-uc icu-i18n libpcre2-8
CFLAGS  ?= -O2 -g
NW_CFLAGS = -std=c11 -Wall -Wextra -Werror -fPIC -fvisibility=hidden -Iext \
            $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
NW_LIBS  = $(shell pkg-config --libs icu-uc icu-i18n libpcre2-8 2>/dev/null) \
           -lstemmer -lm

SRC      = ext/newswire.c ext/nw_sql_context.c ext/nw_sql_vtab.c \
           ext/nw_sql_text.c ext/nw_sql_similar.c ext/nw_sql_index.c \
           ext/nw_sql_index_shadow.c ext/nw_sql_index_bands.c \
           ext/nw_sql_entities.c ext/nw_sql_claims.c \
           ext/nw_sql_corpus.c ext/nw_mem.c ext/nw_text.c ext/nw_segment.c \
           ext/nw_pattern.c ext/nw_stem.c ext/nw_similar.c ext/nw_align.c \
           ext/nw_lexicon.c ext/nw_lsh.c ext/nw_dates.c ext/nw_entities.c \
           ext/nw_ner.c ext/nw_ner_model.c $(GEN)/nw_lexicon_data.c ext/nw_claims.c
# The pure cores: no SQLite, linked alone by the C tests and fuzz targets.
CORE_SRC = ext/nw_text.c ext/nw_segment.c ext/nw_pattern.c ext/nw_stem.c \
           ext/nw_similar.c ext/nw_align.c ext/nw_lexicon.c ext/nw_lsh.c \
           ext/nw_dates.c ext/nw_entities.c ext/nw_ner.c ext/nw_ner_model.c \
           $(GEN)/nw_lexicon_data.c ext/nw_claims.c
HDR      = $(wildcard ext/*.h)

# Packages named in the README; libstemmer-dev is explained there.
APT_PKGS = sqlite3 libsqlite3-dev libpcre2-dev libicu-dev pkg-config \
           libstemmer-dev gcc make iso-codes wordnet-base
FUZZ_SECONDS ?= 20
BUILD    = build

# The lexicons: data files compiled by ext/lexicon/lexgen.c, with the
# countries and subdivisions of iso-codes and the common words of WordNet;
# ext/lexicon/concepts.c (linked into lexgen, with libstemmer) compiles
# WordNet's senses, derivations, irregular forms and spellings into the
# concept table of the similarity functions.
GEN       = $(BUILD)/gen
ISO_CODES ?= $(shell pkg-config --variable=prefix iso-codes 2>/dev/null || echo /usr)/share/iso-codes/json
WORDNET   ?= /usr/share/wordnet
LEX_IN    = $(wildcard ext/lexicon/*.tsv $(ISO_CODES)/iso_3166-[12].json $(WORDNET)/data.* \
            $(WORDNET)/index.* $(WORDNET)/*.exc $(WORDNET)/cntlist.rev)

.PHONY: all deps demo test test-big sanitize fuzz bench bench-shards test-distributed clean eval-similarity \
        eval-entities eval-claims eval-corpus eval-public ner-model sql/analyze.sql sql/shard.sql sql/merge.sql

all: newswire.so

# sql/analyze.sql, sql/shard.sql and sql/merge.sql are generated from
# sql/schema.sql and the phases in sql/analyze/ and committed, so that any
# host runs one file; after editing a phase, run make sql/analyze.sql
# (make test fails while one is stale).
sql/analyze.sql sql/shard.sql sql/merge.sql:
	sh sql/gen_analyze.sh > sql/analyze.sql.tmp && mv sql/analyze.sql.tmp sql/analyze.sql
	sh sql/gen_analyze.sh shard > sql/shard.sql.tmp && mv sql/shard.sql.tmp sql/shard.sql
	sh sql/gen_analyze.sh merge > sql/merge.sql.tmp && mv sql/merge.sql.tmp sql/merge.sql

newswire.so: $(SRC) $(HDR)
	$(CC) $(CFLAGS) $(NW_CFLAGS) -shared -o $@ $(SRC) $(NW_LIBS)

# The name tagger's weights (ext/nw_ner_model.c, generated and committed):
# ext/ner/train.py learns them from CoNLL-2003 eng.train (converted by
# tests/eval/public/conll.py, never committed), reading the rules' mentions
# from a build without the tagger.  make ner-model retrains.
$(BUILD)/rules/newswire.so: $(SRC) $(HDR)
	@mkdir -p $(BUILD)/rules
	$(CC) $(CFLAGS) $(NW_CFLAGS) -DNW_NER_OFF -shared -o $@ $(SRC) $(NW_LIBS)

NER_DATA ?= /work/data/public
ner-model: $(BUILD)/rules/newswire.so
	@test -f $(NER_DATA)/conll-train.jsonl || { echo "ner-model: no $(NER_DATA)/conll-train.jsonl: run make eval-public NW_PUBLIC_ONLY=names (fetch github:ZhixiuYe/HSCRF-pytorch)" >&2; exit 1; }
	/usr/bin/python3 ext/ner/train.py $(BUILD)/rules/newswire.so $(NER_DATA)/conll-train.jsonl -o ext/nw_ner_model.c

$(GEN)/lexgen: ext/lexicon/lexgen.c ext/lexicon/concepts.c ext/lexicon/concepts.h
	@mkdir -p $(GEN)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ ext/lexicon/lexgen.c \
	  ext/lexicon/concepts.c -lstemmer

$(GEN)/nw_lexicon_data.c: $(GEN)/lexgen $(LEX_IN)
	$(GEN)/lexgen -d ext/lexicon -i $(ISO_CODES) -w $(WORDNET) \
	  -v "$$(pkg-config --modversion iso-codes 2>/dev/null || echo unknown)" -o $@

# Optional: graphviz draws the report's reuse graph (make demo works
# without it and says so).
OPT_PKGS = graphviz

deps:
	@sh tests/deps.sh $(APT_PKGS)
	@sh tests/deps.sh $(OPT_PKGS) >/dev/null 2>&1 || \
	  echo "newswire: no graphviz (apt-get install graphviz): the report will have no graph"
	@sh tests/deps.sh sqlite-utils >/dev/null 2>&1 || \
	  echo "newswire: no sqlite-utils (apt-get install sqlite-utils): its host test is skipped"

demo: deps all
	@sh examples/demo.sh

test: deps all
	@sh tests/run.sh ./newswire

# Every function against sentences() on 2, 8 and 32 MB of each text shape
# (tests/big/linear.c; make test runs it at 2 and 8 MB).
test-big: all
	@mkdir -p $(BUILD)/test
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $(BUILD)/test/linear \
	  tests/big/linear.c $(shell pkg-config --cflags --libs sqlite3)
	@$(BUILD)/test/linear ./newswire 2 8 32

# The sanitizer build is a second copy of the extension; the real sqlite3
# shell loads it with the sanitizer runtimes preloaded.
$(BUILD)/san/newswire.so: $(SRC) $(HDR)
	@mkdir -p $(BUILD)/san
	$(CC) -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,float-cast-overflow \
	  -fno-sanitize-recover=undefined,float-cast-overflow -Wl,-z,nodelete $(NW_CFLAGS) -shared \
	  -o $@ $(SRC) \
	  $(NW_LIBS)

sanitize: deps $(BUILD)/san/newswire.so
	@NW_SANITIZE=1 sh tests/run.sh $(BUILD)/san/newswire

# Core targets (the pure cores alone), then the targets through the SQL glue
# (in-process SQLite with the extension registered); see tests/fuzz/run.sh.
FUZZ_TARGETS = normalize sentences passages tokens word_diff reuse_spans \
               signature bands entities claims dates \
               sql_entities sql_claims sql_reuse_spans sql_word_diff \
               sql_similar sql_signature sql_aliases sql_index sql_shadow
fuzz: deps $(GEN)/nw_lexicon_data.c
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

bench: deps all
	@sh tests/bench/run.sh

# The analysis in shards on every core against one process, in one run
# (BENCH_ARTICLES, default 100000; tests/bench/shards.sh).
BENCH_ARTICLES ?= 100000
bench-shards: deps all
	@sh tests/bench/shards.sh $(BENCH_ARTICLES)

# The analysis in 3 shards run by Dask distributed on 127.0.0.1, a worker
# killed on the way (tests/distributed/; installs python3-distributed).
test-distributed: deps all
	@sh tests/distributed/run.sh ./newswire

# Quality of entities() against hand-annotated news, beside the npm peers
# (compromise, chrono-node), installed here on first use.
eval-entities: deps all
	@sh tests/eval/entities.sh

# Quality of claims() against annotated paragraphs, beside compromise.
eval-claims: deps all
	@sh tests/eval/claims.sh

# Every capability on public dev data (claims: PolNeAR dev; fetched, never
# committed; tests/eval/public/run.sh), each beside its peers.
eval-public: deps all
	@sh tests/eval/public/run.sh

# Quality of similar_passage() and signatures on the labelled pairs.
eval-similarity: deps all
	@sqlite3 :memory: -cmd ".load ./newswire" < tests/eval/similarity.sql

# The analysis on a real corpus (tests/eval/corpus/build.sh converts PolNeAR
# and CoNLL-2003 into folders outside git): figures, and scores against
# tests/eval/corpus/labels/NAME/ when it exists.
eval-corpus: deps all
	@sh tests/eval/corpus/run.sh "$(DIR)"

clean:
	rm -rf newswire.so $(BUILD)
