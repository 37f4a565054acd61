#!/usr/bin/env python3
"""Generates the realistic revision corpus under src/test/resources/db/realistic.

Run once from the repository root; the output is committed and read by RealisticRevisionsTest:

    python3 migrate-core/src/test/scripts/generate_realistic_revisions.py

The corpus looks like years of a real application's history: a main line plus labelled branches
(forked from main or started as separate bases) that are merged back, depends-on edges, tables,
indexes (some CONCURRENTLY, in non-transactional revisions), plpgsql functions with $$ and $tag$
bodies, triggers, DO blocks, SQL-standard BEGIN ATOMIC functions, rules with several actions,
enums, partitioned tables, row level security, data backfills (some irreversible), comments of
every kind, a few CRLF files, byte order marks and last statements without a semicolon.

Every stream of revisions only touches its own tables until it is merged, so that the upgrades can
run in any topological order. The committed corpus was checked on PostgreSQL 15 by loading it with
RevisionLoader and executing every statement over JDBC: all upgrades in topological order, then
every reversible downgrade in reverse order.

manifest.tsv records, per file, what a correct parser must find: id, parents, labels, depends-on,
transactional, checksum, and for each section the line of every statement and a digest of their text.
"""
import hashlib
import os
import random
import shutil

REVISIONS = 320
SEED = 20240601
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "db", "realistic"))

rng = random.Random(SEED)


class Stmt:
    """One statement: text without the terminating semicolon, comment lines before it, a comment after it."""

    def __init__(self, text, before=(), after=None):
        self.text = text
        self.before = list(before)
        self.after = after


class Rev:
    def __init__(self, rid, parents, message, up, down, transactional=True, labels=(), depends=()):
        self.id = rid
        self.parents = list(parents)
        self.message = message
        self.up = up
        self.down = down  # None = irreversible, [] = explicit no-op
        self.transactional = transactional
        self.labels = list(labels)
        self.depends = list(depends)
        self.path = None


class Stream:
    """A line of development whose revisions form a chain: main, or a branch."""

    def __init__(self, name, prefix):
        self.name = name
        self.prefix = prefix
        self.head = None
        self.tables = {}  # table -> list of extra column names
        self.length = 0
        self.counter = 0

    def unique(self, base):
        self.counter += 1
        return "%s_%s%d" % (self.prefix, base, self.counter)


used_ids = set()


def new_id():
    while True:
        rid = "%012x" % rng.getrandbits(48)
        if rid not in used_ids:
            used_ids.add(rid)
            return rid


NOUNS = ["users", "accounts", "orders", "invoices", "payments", "products", "carts", "sessions", "tokens",
         "events", "messages", "comments", "reviews", "shipments", "refunds", "coupons", "plans", "tenants",
         "documents", "attachments", "tasks", "projects", "teams", "settings", "webhooks", "jobs"]
EXTRA_COLUMNS = [
    ("status", "text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed'))"),
    ("amount", "numeric(12, 2) NOT NULL DEFAULT 0"),
    ("payload", "jsonb NOT NULL DEFAULT '{}'::jsonb"),
    ("tags", "text[] NOT NULL DEFAULT '{}'"),
    ("is_active", "boolean NOT NULL DEFAULT true"),
    ("notes", "text"),
    ("external_ref", "varchar(64)"),
    ("priority", "smallint NOT NULL DEFAULT 0"),
    ("expires_at", "timestamptz"),
    ("locale", "varchar(16) NOT NULL DEFAULT 'en_US'"),
]
PREAMBLES = [
    ["-- Ticket: PLAT-{ticket}"],
    ["/*", " * Reviewed by the DBA team; safe under production load.", " */"],
    ["-- NOTE: keep statements idempotent where the database allows it"],
    ["/* outer /* nested */ comment */"],
]


def table_of(stream):
    return rng.choice(sorted(stream.tables))


def topic_create_table(stream, link=None):
    noun = rng.choice(NOUNS)
    table = stream.unique(noun)
    extras = rng.sample(EXTRA_COLUMNS, rng.randint(1, 4))
    lines = ["CREATE TABLE %s (" % table,
             "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused",
             "    name text NOT NULL,"]
    if link:
        lines.append("    %s_id bigint REFERENCES %s (id) ON DELETE CASCADE," % (link[:40], link))
    for column, definition in extras:
        lines.append("    %s %s," % (column, definition))
    lines.append("    created_at timestamptz NOT NULL DEFAULT now()")
    lines.append(")")
    stream.tables[table] = [c for c, _ in extras]
    up = [Stmt("\n".join(lines), before=["-- %s: one row per %s" % (table, noun.rstrip("s"))]),
          Stmt("COMMENT ON TABLE %s IS 'It''s the %s table; see the wiki'" % (table, noun))]
    if rng.random() < 0.5:
        up.append(Stmt("CREATE INDEX %s_created_at_idx ON %s (created_at DESC)" % (table, table)))
    down = [Stmt("DROP TABLE %s" % table)]
    return "create %s" % table, up, down, True


def topic_add_column(stream):
    table = table_of(stream)
    column = stream.unique("col")
    kind = rng.choice(["text", "integer NOT NULL DEFAULT 0", "timestamptz", "boolean DEFAULT false",
                       "jsonb NOT NULL DEFAULT '[]'::jsonb", "varchar(255) DEFAULT ';'"])
    up = [Stmt("ALTER TABLE %s ADD COLUMN %s %s" % (table, column, kind))]
    down = []
    if rng.random() < 0.5:
        index = "%s_idx" % column
        up.append(Stmt("CREATE INDEX %s ON %s (%s)" % (index, table, column), before=["-- looked up by %s" % column]))
        down.append(Stmt("DROP INDEX %s" % index))
    down.append(Stmt("ALTER TABLE %s DROP COLUMN %s" % (table, column)))
    stream.tables[table].append(column)
    return "add %s to %s" % (column, table), up, down, True


def topic_index_concurrently(stream):
    table = table_of(stream)
    index = stream.unique("concurrent_idx")
    where = rng.choice(["", " WHERE name <> ''", " WHERE created_at > '2020-01-01'"])
    up = [Stmt("CREATE INDEX CONCURRENTLY IF NOT EXISTS %s ON %s (lower(name))%s" % (index, table, where),
               before=["-- CONCURRENTLY cannot run inside a transaction block"])]
    down = [Stmt("DROP INDEX CONCURRENTLY IF EXISTS %s" % index)]
    return "index %s concurrently" % table, up, down, False


def topic_touch_trigger(stream):
    table = table_of(stream)
    function = stream.unique("touch")
    tag = rng.choice(["$$", "$body$", "$fn$", "$_$", "$touch1$"])
    column = stream.unique("updated_at")
    body = "\n".join([
        "CREATE OR REPLACE FUNCTION %s() RETURNS trigger" % function,
        "LANGUAGE plpgsql AS %s" % tag,
        "BEGIN",
        "    -- keep %s current; a semicolon here; does not end the statement" % column,
        "    NEW.%s := now();" % column,
        "    IF NEW.name = '' THEN",
        "        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;",
        "    END IF;",
        "    RETURN NEW;",
        "END;",
        tag])
    up = [Stmt("ALTER TABLE %s ADD COLUMN %s timestamptz" % (table, column)),
          Stmt(body, before=["", "/* trigger function */"]),
          Stmt("CREATE TRIGGER %s_trg\n    BEFORE UPDATE ON %s\n    FOR EACH ROW\n    EXECUTE FUNCTION %s()"
               % (function, table, function))]
    down = [Stmt("DROP TRIGGER %s_trg ON %s" % (function, table)),
            Stmt("DROP FUNCTION %s()" % function),
            Stmt("ALTER TABLE %s DROP COLUMN %s" % (table, column))]
    return "touch %s on update" % column, up, down, True


def topic_audit(stream):
    table = table_of(stream)
    log = stream.unique("audit_log")
    function = stream.unique("audit")
    body = "\n".join([
        "CREATE OR REPLACE FUNCTION %s() RETURNS trigger" % function,
        "LANGUAGE plpgsql",
        "SECURITY DEFINER",
        "AS $audit$",
        "DECLARE",
        "    stmt text := $q$INSERT INTO %s (table_name, op, row_data) VALUES ($1, $2, $3)$q$;" % log,
        "BEGIN",
        "    /* nested /* comment; */ still inside the body */",
        "    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));",
        "    RETURN COALESCE(NEW, OLD);",
        "END",
        "$audit$"])
    up = [Stmt("CREATE TABLE %s (\n    id bigserial PRIMARY KEY,\n    table_name text NOT NULL,\n    op text NOT NULL,\n"
               "    row_data jsonb,\n    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()\n)" % log),
          Stmt(body),
          Stmt("CREATE TRIGGER %s_trg AFTER INSERT OR UPDATE OR DELETE ON %s\n    FOR EACH ROW EXECUTE FUNCTION %s()"
               % (function, table, function), after="audited from now on")]
    down = [Stmt("DROP TRIGGER IF EXISTS %s_trg ON %s" % (function, table)),
            Stmt("DROP FUNCTION IF EXISTS %s()" % function),
            Stmt("DROP TABLE %s" % log)]
    return "audit changes to %s" % table, up, down, True


def topic_do_block(stream):
    table = table_of(stream)
    column = stream.unique("qty")
    constraint = "%s_nonnegative" % column
    block = "\n".join([
        "DO $$",
        "BEGIN",
        "    IF NOT EXISTS (",
        "        SELECT 1 FROM pg_constraint WHERE conname = '%s'" % constraint,
        "    ) THEN",
        "        ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s >= 0) NOT VALID;" % (table, constraint, column),
        "        RAISE NOTICE 'added %s; validate later';" % constraint,
        "    END IF;",
        "END",
        "$$"])
    up = [Stmt("ALTER TABLE %s ADD COLUMN %s integer NOT NULL DEFAULT 0" % (table, column)),
          Stmt(block, before=["-- guarded: the constraint may exist on some environments"]),
          Stmt("ALTER TABLE %s VALIDATE CONSTRAINT %s" % (table, constraint))]
    down = [Stmt("ALTER TABLE %s DROP CONSTRAINT IF EXISTS %s" % (table, constraint)),
            Stmt("ALTER TABLE %s DROP COLUMN %s" % (table, column))]
    stream.tables[table].append(column)
    return "add %s with a guarded check" % column, up, down, True


def topic_backfill(stream):
    table = table_of(stream)
    up = [Stmt("UPDATE %s\nSET name = btrim(name)\nWHERE name <> btrim(name)" % table,
               before=["-- data fix: names were saved with surrounding spaces"]),
          Stmt("INSERT INTO %s (name)\nSELECT 'seed; row ' || g FROM generate_series(1, 3) AS g" % table),
          Stmt("DELETE FROM %s WHERE name IN (E'\\'quoted\\'', 'it''s', $$dollar 'quoted'$$, '\\')" % table)]
    irreversible = rng.random() < 0.6
    down = None if irreversible else []
    return "backfill %s names" % table, up, down, True


def topic_view(stream):
    table = table_of(stream)
    view = "%s_summary" % stream.unique("v")
    up = [Stmt("CREATE VIEW %s AS\nSELECT date_trunc('day', created_at) AS day, -- bucket; per day\n"
               "       count(*) AS total,\n       count(*) FILTER (WHERE name LIKE '%%;%%') AS with_semicolon\n"
               "FROM %s\nGROUP BY 1" % (view, table))]
    down = [Stmt("DROP VIEW %s" % view)]
    return "summarise %s per day" % table, up, down, True


def topic_atomic_function(stream):
    table = table_of(stream)
    function = "%s_size_class" % stream.unique("fn")
    body = "\n".join([
        "CREATE OR REPLACE FUNCTION %s() RETURNS text" % function,
        "LANGUAGE sql STABLE",
        "BEGIN ATOMIC",
        "    SELECT CASE",
        "        WHEN count(*) > 1000 THEN 'large; consider partitioning'",
        "        WHEN count(*) > 10 THEN 'medium'",
        "        ELSE 'small'",
        "    END",
        "    FROM %s;" % table,
        "END"])
    up = [Stmt(body, before=["-- SQL-standard body: checked when created, semicolons inside"])]
    down = [Stmt("DROP FUNCTION %s()" % function)]
    return "size class of %s" % table, up, down, True


def topic_rule(stream):
    table = table_of(stream)
    deleted = stream.unique("deleted_ids")
    rule = stream.unique("log_delete")
    up = [Stmt("CREATE TABLE %s (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now())"
               % deleted),
          Stmt("CREATE RULE %s AS ON DELETE TO %s DO ALSO (\n"
               "    INSERT INTO %s (table_name, id) VALUES ('%s', OLD.id);\n"
               "    NOTIFY %s_changes\n)" % (rule, table, deleted, table, stream.prefix))]
    down = [Stmt("DROP RULE %s ON %s" % (rule, table)), Stmt("DROP TABLE %s" % deleted)]
    return "remember deleted %s" % table, up, down, True


def topic_enum(stream):
    enum = stream.unique("state")
    up = [Stmt("CREATE TYPE %s AS ENUM ('new', 'active', 'it''s complicated', 'semi;colon')" % enum)]
    down = [Stmt("DROP TYPE %s" % enum)]
    stream.enums = getattr(stream, "enums", []) + [enum]
    return "add enum %s" % enum, up, down, True


def topic_enum_value(stream):
    enum = rng.choice(stream.enums)
    value = "archived_%d" % stream.counter
    stream.counter += 1
    up = [Stmt("ALTER TYPE %s ADD VALUE IF NOT EXISTS '%s'" % (enum, value),
               before=["-- enum values cannot be removed: irreversible"])]
    return "add %s to %s" % (value, enum), up, None, True


def topic_partitioned(stream):
    table = stream.unique("events")
    up = [Stmt("CREATE TABLE %s (\n    occurred_at timestamptz NOT NULL,\n    kind text NOT NULL,\n"
               "    payload jsonb NOT NULL DEFAULT '{}'\n) PARTITION BY RANGE (occurred_at)" % table)]
    for year in rng.sample([2022, 2023, 2024, 2025], 2):
        up.append(Stmt("CREATE TABLE %s_%d PARTITION OF %s\n    FOR VALUES FROM ('%d-01-01') TO ('%d-01-01')"
                       % (table, year, table, year, year + 1)))
    up.append(Stmt("CREATE TABLE %s_default PARTITION OF %s DEFAULT" % (table, table)))
    down = [Stmt("DROP TABLE %s" % table)]
    return "partitioned %s" % table, up, down, True


def topic_policy(stream):
    table = table_of(stream)
    policy = "%s_own_rows" % stream.unique("p")
    up = [Stmt("ALTER TABLE %s ENABLE ROW LEVEL SECURITY" % table),
          Stmt("CREATE POLICY %s ON %s\n    USING (name = current_user OR current_setting('app.admin', true) = 'on')"
               % (policy, table))]
    down = [Stmt("DROP POLICY %s ON %s" % (policy, table)),
            Stmt("ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % table)]
    return "row level security on %s" % table, up, down, True


def topic_rename_column(stream):
    table = table_of(stream)
    columns = [c for c in stream.tables[table] if "_col" in c]
    if not columns:
        return topic_add_column(stream)
    old = rng.choice(columns)
    new = old + "_v2"
    stream.tables[table][stream.tables[table].index(old)] = new
    up = [Stmt('ALTER TABLE %s RENAME COLUMN %s TO "%s"' % (table, old, new))]
    down = [Stmt('ALTER TABLE %s RENAME COLUMN "%s" TO %s' % (table, new, old))]
    return "rename %s.%s" % (table, old), up, down, True


TOPICS = [
    (topic_create_table, 14), (topic_add_column, 16), (topic_index_concurrently, 6), (topic_touch_trigger, 6),
    (topic_audit, 4), (topic_do_block, 6), (topic_backfill, 6), (topic_view, 5), (topic_atomic_function, 4),
    (topic_rule, 3), (topic_enum, 3), (topic_enum_value, 2), (topic_partitioned, 3), (topic_policy, 3),
    (topic_rename_column, 4),
]


def pick_topic(stream):
    while True:
        topic = rng.choices([t for t, _ in TOPICS], weights=[w for _, w in TOPICS])[0]
        if topic is topic_enum_value and not getattr(stream, "enums", None):
            continue
        if topic not in (topic_create_table, topic_enum, topic_partitioned) and not stream.tables:
            continue
        return topic


BRANCH_NAMES = ["billing", "search", "audit", "reporting", "notifications", "inventory", "shipping", "loyalty",
                "analytics", "support", "catalog", "pricing"]


def generate():
    revisions = []
    main = Stream("main", "app")
    branches = []
    names = list(BRANCH_NAMES)

    def add(stream, rev):
        revisions.append(rev)
        stream.head = rev.id
        stream.length += 1

    # A few legacy revisions whose ids predate generated ones (and contain underscores).
    for n, label in [(1, "initial schema"), (2, "seed lookup tables")]:
        rid = "legacy_%04d" % n
        used_ids.add(rid)
        message, up, down, tx = topic_create_table(main)
        add(main, Rev(rid, [main.head] if main.head else [], label + " (" + message + ")", up, down, tx))

    while len(revisions) < REVISIONS:
        remaining = REVISIONS - len(revisions)
        roll = rng.random()
        # Towards the end make sure a branch is open, and stop merging, so the corpus ends with several heads.
        if (roll < 0.06 and len(branches) < 3 and names and remaining > 20) or (remaining == 25 and not branches):
            name = names.pop(0)
            stream = Stream(name, name[:4] + "x")
            forked = rng.random() < 0.7
            depends = []
            message, up, down, tx = topic_create_table(stream)
            if rng.random() < 0.4 and main.tables:
                # Reach into main's schema: depend on the revision that made it so.
                link = table_of(main)
                stream.tables.clear()
                stream.counter -= 1
                message, up, down, tx = topic_create_table(stream, link=link)
                depends = [main.head]
            parents = [main.head] if forked else []
            add(stream, Rev(new_id(), parents, "start %s: %s" % (name, message), up, down, tx,
                            labels=[name], depends=depends))
            branches.append(stream)
        elif roll < 0.11 and remaining > 15 and branches and any(b.length >= 3 for b in branches):
            ready = [b for b in branches if b.length >= 3]
            merging = rng.sample(ready, min(len(ready), rng.choice([1, 1, 1, 2])))
            parents = [main.head] + [b.head for b in merging]
            rev = Rev(new_id(), parents, "merge %s into main" % " and ".join(b.name for b in merging),
                      [], [] if rng.random() < 0.8 else None)
            for b in merging:
                branches.remove(b)
                main.tables.update(b.tables)
                main.enums = getattr(main, "enums", []) + getattr(b, "enums", [])
            add(main, rev)
        else:
            stream = main if not branches or rng.random() < 0.6 else rng.choice(branches)
            message, up, down, tx = pick_topic(stream)(stream)
            if tx and rng.random() < 0.3:
                # Real revisions often bundle a few related changes.
                topic = pick_topic(stream)
                if topic is not topic_index_concurrently:
                    more_message, more_up, more_down, _ = topic(stream)
                    message += ", " + more_message
                    up = up + more_up
                    down = None if down is None or more_down is None else more_down + down
            depends = []
            if stream is not main and rng.random() < 0.12:
                depends = [main.head]
            add(stream, Rev(new_id(), [stream.head], message, up, down, tx, depends=depends))
    # Leave the last open branch unmerged: the corpus ends with several heads, as real projects do.
    return revisions


def render(rev, style):
    """Returns (text, manifest fields). style: dict of formatting choices."""
    lines = ["-- revision: %s" % rev.id]
    header = []
    if rev.parents or rng.random() < 0.2:
        header.append("-- revises: %s" % ", ".join(rev.parents))
    header.append("-- message: %s" % rev.message)
    if rev.labels:
        header.append("-- branch-labels: %s" % ", ".join(rev.labels))
    if rev.depends:
        header.append("-- depends-on: %s" % ",".join(rev.depends))
    if not rev.transactional:
        header.append("-- transactional: false")
    elif rng.random() < 0.1:
        header.append("-- transactional: true")
    if rng.random() < 0.3:
        rng.shuffle(header)
    lines.extend(header)
    lines.append("")

    def section(name, statements, drop_last_semicolon):
        marker = rng.choice(["-- migrate:%s", "-- migrate:%s", "--migrate:%s", "-- migrate: %s"]) % name
        lines.append(marker)
        starts = []
        if statements and rng.random() < 0.25:
            lines.extend(line.replace("{ticket}", str(rng.randint(100, 9999))) for line in rng.choice(PREAMBLES))
        for i, stmt in enumerate(statements):
            lines.extend(stmt.before)
            starts.append(len(lines) + 1)
            text_lines = stmt.text.split("\n")
            last = text_lines[-1]
            if not (drop_last_semicolon and i == len(statements) - 1):
                last += ";"
            if stmt.after:
                last += " -- " + stmt.after
            lines.extend(text_lines[:-1] + [last])
            if rng.random() < 0.4:
                lines.append("")
        if not statements and rng.random() < 0.5:
            lines.append("-- nothing to do")
        lines.append("")
        return starts

    up_starts = section("upgrade", rev.up, style["no_final_semicolon"] and rev.down is None)
    down_starts = None
    if rev.down is not None:
        down_starts = section("downgrade", rev.down, style["no_final_semicolon"])
    text = "\n".join(lines)
    if style["no_trailing_newline"]:
        text = text.rstrip("\n")
    return text, up_starts, down_starts


def digest(statements):
    return hashlib.sha256("\0".join(s.text for s in statements).encode("utf-8")).hexdigest()


def slug(message):
    cleaned = "".join(c if c.isalnum() else "_" for c in message.lower())
    return "_".join(part for part in cleaned.split("_") if part)[:50]


def main():
    revisions = generate()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    manifest = ["\t".join(["path", "id", "parents", "labels", "depends_on", "transactional", "checksum",
                           "upgrade_lines", "upgrade_digest", "downgrade_lines", "downgrade_digest"])]
    for index, rev in enumerate(revisions):
        folder = ["2021", "2022", "2023", "2024", "2025"][index * 5 // len(revisions)]
        if rng.random() < 0.05:
            folder = "hotfixes"
        elif rng.random() < 0.3:
            folder += "/q%d" % rng.randint(1, 4)
        rev.path = "%s/%s_%s.sql" % (folder, rev.id, slug(rev.message))
        style = {"no_final_semicolon": rng.random() < 0.08, "no_trailing_newline": rng.random() < 0.05}
        text, up_starts, down_starts = render(rev, style)
        checksum = hashlib.sha256(text.encode("utf-8")).hexdigest()
        raw = text
        if rng.random() < 0.05:
            raw = raw.replace("\n", "\r\n")
        if rng.random() < 0.03:
            raw = "\ufeff" + raw
        path = os.path.join(OUT, rev.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(raw)
        manifest.append("\t".join([
            rev.path, rev.id, ",".join(rev.parents), ",".join(rev.labels), ",".join(rev.depends),
            "true" if rev.transactional else "false", checksum,
            " ".join(map(str, up_starts)), digest(rev.up),
            "-" if down_starts is None else " ".join(map(str, down_starts)),
            "-" if rev.down is None else digest(rev.down)]))
    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(manifest) + "\n")

    ups = sum(len(r.up) for r in revisions)
    downs = sum(len(r.down) for r in revisions if r.down is not None)
    children = {p for r in revisions for p in r.parents}
    print("revisions:", len(revisions))
    print("upgrade statements:", ups, "downgrade statements:", downs)
    print("merges:", sum(1 for r in revisions if len(r.parents) > 1),
          "bases:", sum(1 for r in revisions if not r.parents),
          "heads:", sum(1 for r in revisions if r.id not in children),
          "irreversible:", sum(1 for r in revisions if r.down is None),
          "non-transactional:", sum(1 for r in revisions if not r.transactional),
          "labelled:", sum(1 for r in revisions if r.labels),
          "with depends-on:", sum(1 for r in revisions if r.depends))


if __name__ == "__main__":
    main()
