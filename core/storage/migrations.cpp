#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/synctables.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace hamish {

namespace {

// Version 1: articles with an immutable canonical body.
const char16_t* const Version1 = uR"sql(
CREATE TABLE article (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    published       TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL,
    origin_path     TEXT NOT NULL DEFAULT '',
    origin_encoding TEXT NOT NULL DEFAULT '',
    content_hash    TEXT NOT NULL UNIQUE,
    imported_at     TEXT NOT NULL
);
CREATE TRIGGER article_body_is_immutable BEFORE UPDATE OF body ON article
BEGIN
    SELECT RAISE(ABORT, 'an article body is immutable');
END;
)sql";

// Version 2: related titles kept from scraped pages, and the Arabic-aware search index.
const char16_t* const Version2 = uR"sql(
CREATE TABLE article_related (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body, content='article', content_rowid='id', tokenize='hamish_arabic'
);
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO article_fts(article_fts) VALUES ('rebuild');
)sql";

// Version 3: entity types, annotations on spans of the canonical body, and notes on articles.
// Offsets are UTF-16 code units of article.body, end exclusive.
const char16_t* const Version3 = uR"sql(
CREATE TABLE entity_type (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name_ar  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    colour   TEXT NOT NULL,
    position INTEGER NOT NULL
);
INSERT INTO entity_type (code, name_ar, name_en, colour, position) VALUES
    ('PER',   'شخص',    'Person',        '#e6194b', 0),
    ('ORG',   'منظمة',  'Organisation',  '#4363d8', 1),
    ('LOC',   'مكان',   'Location',      '#3cb44b', 2),
    ('MISC',  'متفرقات', 'Miscellaneous', '#911eb4', 3),
    ('DATE',  'تاريخ',  'Date',          '#f58231', 4),
    ('EVENT', 'حدث',    'Event',         '#008080', 5);
CREATE TABLE annotation (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('highlight', 'entity', 'note')),
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    quote          TEXT NOT NULL,
    entity_type_id INTEGER REFERENCES entity_type(id) ON DELETE RESTRICT,
    colour         TEXT,
    note           TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL,
    created        TEXT NOT NULL,
    modified       TEXT NOT NULL,
    CHECK (start >= 0 AND end > start),
    CHECK ((kind = 'entity') = (entity_type_id IS NOT NULL)),
    CHECK ((kind = 'highlight') = (colour IS NOT NULL))
);
CREATE INDEX annotation_by_article ON annotation(article_id, start);
CREATE TABLE article_note (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    author     TEXT NOT NULL,
    created    TEXT NOT NULL,
    modified   TEXT NOT NULL
);
CREATE INDEX article_note_by_article ON article_note(article_id);
)sql";

// Version 4: the entity registry (canonical entities with name variants) that entity tags
// can link to, and the suggestions a user rejected in an article.
const char16_t* const Version4 = uR"sql(
CREATE TABLE entity (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    entity_type_id INTEGER NOT NULL REFERENCES entity_type(id) ON DELETE RESTRICT,
    note           TEXT NOT NULL DEFAULT '',
    created        TEXT NOT NULL,
    modified       TEXT NOT NULL
);
CREATE TABLE entity_variant (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    variant   TEXT NOT NULL,
    PRIMARY KEY (entity_id, variant)
);
ALTER TABLE annotation ADD COLUMN entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL;
CREATE INDEX annotation_by_entity ON annotation(entity_id);
CREATE TABLE rejected_suggestion (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id, start, end)
);
)sql";

// Version 5: what exchange formats need to come back unchanged: how an article's text was
// tokenised (CoNLL imports keep their tokens), and per-annotation attributes as JSON (for
// example the I- that began an entity in a CoNLL file).
const char16_t* const Version5 = uR"sql(
ALTER TABLE article ADD COLUMN tokenization TEXT NOT NULL DEFAULT '';
ALTER TABLE annotation ADD COLUMN attributes TEXT NOT NULL DEFAULT '';
)sql";

// Version 6: the store writes an article's search entry itself, in a statement of its own.
// Through the trigger the article insert had two writes, so SQLite opened a statement savepoint
// for it, and FTS5 writes its pending index to disk at every savepoint: one index segment per
// article, merged again and again. Without it an import fills FTS5's buffer across articles.
const char16_t* const Version6 = uR"sql(
DROP TRIGGER article_fts_insert;
)sql";

// Version 7: a library to manage. Articles go to the Trash and come back with everything on them;
// they have a reading state and a star, and belong to named collections. The state lives in
// tables of its own: columns added to article would sit after the body, and reading them would
// walk each body's overflow pages. The search fold learnt joiners and Farsi letters, so the index
// is made again.
const char16_t* const Version7 = uR"sql(
CREATE TABLE article_trash (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    trashed_at TEXT NOT NULL
);
CREATE TABLE article_reading (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    read_at    TEXT,
    starred    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO article_reading (article_id, read_at) SELECT id, imported_at FROM article;
CREATE TABLE collection (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created TEXT NOT NULL
);
CREATE TABLE collection_article (
    collection_id INTEGER NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
    article_id    INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    PRIMARY KEY (collection_id, article_id)
) WITHOUT ROWID;
CREATE INDEX collection_article_by_article ON collection_article(article_id);
INSERT INTO article_fts(article_fts) VALUES ('rebuild');
)sql";

// Version 8: the annotations real datasets hold. Relations between two entity annotations of an
// article, typed (directed or symmetric, with the entity types each end may have); attributes an
// entity type declares and their values per annotation; label sets and the labels set on whole
// articles; references to external ids (brat N lines); and events, a trigger annotation with
// typed arguments (brat E lines). Deleting an annotation deletes what hangs on it.
const char16_t* const Version8 = uR"sql(
CREATE TABLE relation_type (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name_ar      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    colour       TEXT NOT NULL,
    directed     INTEGER NOT NULL DEFAULT 1,
    source_types TEXT NOT NULL DEFAULT '',
    target_types TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL
);
INSERT INTO relation_type (code, name_ar, name_en, colour, directed, source_types, target_types, position) VALUES
    ('MEMBER_OF',  'عضو في',   'Member of',     '#e6194b', 1, 'PER',            'ORG',     0),
    ('LOCATED_IN', 'يقع في',   'Located in',    '#3cb44b', 1, 'ORG LOC EVENT',  'LOC',     1),
    ('MET',        'التقى',    'Met',           '#4363d8', 0, 'PER',            'PER',     2),
    ('SAID',       'قال',      'Said / quoted', '#f58231', 1, 'PER ORG',        '',        3);
CREATE TABLE relation (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    relation_type_id INTEGER NOT NULL REFERENCES relation_type(id) ON DELETE RESTRICT,
    from_id          INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    to_id            INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    note             TEXT NOT NULL DEFAULT '',
    extras           TEXT NOT NULL DEFAULT '',
    author           TEXT NOT NULL,
    created          TEXT NOT NULL,
    modified         TEXT NOT NULL
);
CREATE INDEX relation_by_article ON relation(article_id);
CREATE INDEX relation_by_from ON relation(from_id);
CREATE INDEX relation_by_to ON relation(to_id);
CREATE TABLE attribute_definition (
    id             INTEGER PRIMARY KEY,
    entity_type_id INTEGER NOT NULL REFERENCES entity_type(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('boolean', 'choice', 'text')),
    choices        TEXT NOT NULL DEFAULT '',
    position       INTEGER NOT NULL,
    UNIQUE (entity_type_id, name)
);
CREATE TABLE annotation_attribute (
    annotation_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    value         TEXT NOT NULL,
    article_id    INTEGER NOT NULL, -- the annotation's, so an article's are read by one index
    PRIMARY KEY (annotation_id, name)
) WITHOUT ROWID;
CREATE INDEX annotation_attribute_by_article ON annotation_attribute(article_id);
CREATE TABLE annotation_reference (
    annotation_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    resource      TEXT NOT NULL,
    identifier    TEXT NOT NULL,
    label         TEXT NOT NULL DEFAULT '',
    article_id    INTEGER NOT NULL, -- the annotation's
    PRIMARY KEY (annotation_id, position)
) WITHOUT ROWID;
CREATE INDEX annotation_reference_by_article ON annotation_reference(article_id);
CREATE TABLE entity_reference (
    entity_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    resource   TEXT NOT NULL,
    identifier TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity_id, resource, identifier)
) WITHOUT ROWID;
CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    trigger_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    type       TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    extras     TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL
);
CREATE INDEX event_by_article ON event(article_id);
CREATE TABLE event_argument (
    event_id          INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    role              TEXT NOT NULL,
    annotation_id     INTEGER REFERENCES annotation(id) ON DELETE CASCADE,
    argument_event_id INTEGER REFERENCES event(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, position),
    CHECK ((annotation_id IS NULL) <> (argument_event_id IS NULL))
) WITHOUT ROWID;
CREATE TABLE label_set (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name_ar  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    multiple INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL
);
CREATE TABLE label (
    id           INTEGER PRIMARY KEY,
    label_set_id INTEGER NOT NULL REFERENCES label_set(id) ON DELETE CASCADE,
    code         TEXT NOT NULL COLLATE NOCASE,
    name_ar      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    position     INTEGER NOT NULL,
    UNIQUE (label_set_id, code)
);
INSERT INTO label_set (code, name_ar, name_en, multiple, position) VALUES
    ('topic', 'الموضوع', 'Topic', 1, 0),
    ('genre', 'النوع الصحفي', 'Genre', 0, 1);
INSERT INTO label (label_set_id, code, name_ar, name_en, position) VALUES
    (1, 'politics', 'سياسة', 'Politics', 0),
    (1, 'economy', 'اقتصاد', 'Economy', 1),
    (1, 'culture', 'ثقافة', 'Culture', 2),
    (1, 'sport', 'رياضة', 'Sport', 3),
    (1, 'society', 'مجتمع', 'Society', 4),
    (2, 'news', 'خبر', 'News', 0),
    (2, 'opinion', 'رأي', 'Opinion', 1),
    (2, 'feature', 'تقرير', 'Feature', 2),
    (2, 'interview', 'مقابلة', 'Interview', 3);
CREATE TABLE article_label (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    label_id   INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
    author     TEXT NOT NULL,
    created    TEXT NOT NULL,
    PRIMARY KEY (article_id, label_id, author)
) WITHOUT ROWID;
CREATE INDEX article_label_by_label ON article_label(label_id);
)sql";

// Version 9: what the recommender learns (one row per kind of model, with its format version,
// the types it knows, its training size and cross-validated scores), and the model suggestions
// an annotator rejected, so they do not come back for that span.
const char16_t Version9[] = uR"sql(
CREATE TABLE learned_model (
    kind           TEXT PRIMARY KEY,   -- 'entities', 'labels'
    format_version INTEGER NOT NULL,
    types          TEXT NOT NULL,      -- JSON array of type codes
    examples       TEXT NOT NULL,      -- JSON object: type → examples
    tokens         INTEGER NOT NULL,
    scores         TEXT NOT NULL,      -- JSON: per type and micro precision, recall, F1, support
    trained_at     TEXT NOT NULL,
    seconds        REAL NOT NULL,
    tags_at_training INTEGER NOT NULL, -- the library's entity tags then, for retraining after N more
    model          BLOB NOT NULL
);
CREATE TABLE rejected_model_suggestion (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    PRIMARY KEY (article_id, start, end, type)
) WITHOUT ROWID;
)sql";

// Version 10: the document labels an annotator refused where the label classifier proposed
// them, so they are not proposed again for that article.
const char16_t Version10[] = uR"sql(
CREATE TABLE rejected_label_suggestion (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    label_id   INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, label_id)
) WITHOUT ROWID;
)sql";

// Version 11: which annotators have finished which articles (Article ▸ Mark Done, hamish done);
// agreement compares the articles every compared annotator finished.
const char16_t Version11[] = uR"sql(
CREATE TABLE article_done (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    annotator  TEXT NOT NULL,
    done_at    TEXT NOT NULL,
    PRIMARY KEY (article_id, annotator)
) WITHOUT ROWID;
CREATE INDEX article_done_by_annotator ON article_done(annotator);
)sql";

// Version 12: the disagreements a curator decided to leave out of the gold layer (reject both),
// so that they count as resolved.
const char16_t Version12[] = uR"sql(
CREATE TABLE curation_rejection (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    curator     TEXT NOT NULL,
    item        TEXT NOT NULL,
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (article_id, curator, item)
) WITHOUT ROWID;
)sql";

// Version 15: a DATE entity's normalised value (issue 19), as attributes of the DATE type, so that
// it is shown, corrected, undone, synced and exported as every attribute is.
const char16_t Version15[] = uR"sql(
INSERT OR IGNORE INTO attribute_definition (entity_type_id, name, kind, choices, position)
SELECT t.id, d.name, d.kind, replace(d.choices, '|', char(10)),
       coalesce((SELECT max(position) + 1 FROM attribute_definition WHERE entity_type_id = t.id), 0) + d.position
FROM entity_type t,
     (SELECT 'value' AS name, 'text' AS kind, '' AS choices, 0 AS position
      UNION ALL SELECT 'calendar', 'choice', 'gregorian|islamic-umalqura|islamic-civil', 1
      UNION ALL SELECT 'precision', 'choice', 'day|week|month|year', 2
      UNION ALL SELECT 'kind', 'choice', 'absolute|relative', 3) d
WHERE t.code = 'DATE';
)sql";

// Version 16: versions of an article (issue 19). An article keeps its id, its first content hash
// (a team's key for it) and, in `body`, the latest version's text; every version's text is kept,
// immutable, in article_version once there is more than one. The body may change only to the
// latest version's. Re-anchoring records how each annotation was carried; an annotation no place
// was found for leaves the annotation table for annotation_orphan, with its relations, and stays
// with the version it came from.
const char16_t Version16[] = uR"sql(
CREATE TABLE article_version (
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    body         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    changed      INTEGER NOT NULL, -- code points deleted plus inserted since the version before
    PRIMARY KEY (article_id, version)
);
CREATE INDEX article_version_by_hash ON article_version(content_hash);
CREATE TRIGGER article_version_is_immutable BEFORE UPDATE ON article_version
BEGIN
    SELECT RAISE(ABORT, 'an article version is immutable');
END;
CREATE TRIGGER article_version_is_kept BEFORE DELETE ON article_version
WHEN EXISTS (SELECT 1 FROM article WHERE id = old.article_id)
BEGIN
    SELECT RAISE(ABORT, 'an article version is kept as long as its article');
END;
DROP TRIGGER article_body_is_immutable;
CREATE TRIGGER article_body_is_immutable BEFORE UPDATE OF body ON article
WHEN new.body IS NOT (SELECT body FROM article_version WHERE article_id = old.id ORDER BY version DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'an article body is immutable (a new text is a new version)');
END;
CREATE TRIGGER article_fts_body_update AFTER UPDATE OF body ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE INDEX article_by_url ON article(url) WHERE url <> '';
CREATE TABLE annotation_placement (
    annotation_id INTEGER NOT NULL, -- an orphan's too, which is no longer in annotation
    article_id    INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    version       INTEGER NOT NULL, -- the version it was carried to
    status        TEXT NOT NULL CHECK (status IN ('exact', 'shifted', 'fuzzy', 'orphan')),
    old_start     INTEGER NOT NULL, -- UTF-16 units of the version before
    old_end       INTEGER NOT NULL,
    new_start     INTEGER,          -- of this version; NULL for an orphan
    new_end       INTEGER,
    similarity    REAL NOT NULL,
    quote         TEXT NOT NULL,    -- the text it had
    review        TEXT NOT NULL DEFAULT '' CHECK (review IN ('', 'accepted', 'replaced', 'deleted')),
    PRIMARY KEY (article_id, version, annotation_id)
) WITHOUT ROWID;
CREATE TABLE annotation_orphan (
    annotation_id INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    version       INTEGER NOT NULL, -- the version its offsets are of
    annotation    TEXT NOT NULL     -- JSON: the annotation with its attributes, references and relations
);
CREATE INDEX annotation_orphan_by_article ON annotation_orphan(article_id, version);
)sql";

// Version 17: the number of articles, kept by triggers, so that the shelves show it without
// reading an index of the whole library (a count(*) of 300,000 articles takes tens of
// milliseconds at start-up and after each import).
const char16_t Version17[] = uR"sql(
CREATE TABLE article_tally (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    articles INTEGER NOT NULL
);
INSERT INTO article_tally (only_row, articles) SELECT 1, count(*) FROM article;
CREATE TRIGGER article_tally_insert AFTER INSERT ON article BEGIN
    UPDATE article_tally SET articles = articles + 1;
END;
CREATE TRIGGER article_tally_delete AFTER DELETE ON article BEGIN
    UPDATE article_tally SET articles = articles - 1;
END;
)sql";

// Version 13 (changeTrackingSchema()): team projects. Triggers record every change to what a team
// shares in an outbox, and a map keeps each object's global id (issue 18).
// Version 14 (changeTrackingInTeamsOnly()): the triggers run only in a library that syncs.
// Version 18 (dropChangeTrackingTriggers()): a library that does not sync holds no triggers; it
// gets them when it joins a project (TeamSync). A library in a project keeps them.
const char16_t* const Steps[] = {Version1, Version2, Version3,  Version4,  Version5,  Version6,
                                 Version7, Version8, Version9,  Version10, Version11, Version12,
                                 nullptr,  nullptr,  Version15, Version16, Version17, nullptr};

Result<QString> stepSql(Database& db, int step)
{
    if (const char16_t* sql = Steps[step - 1])
        return QString::fromUtf16(sql);
    if (step == 13)
        return changeTrackingSchema();
    if (step == 14)
        return changeTrackingInTeamsOnly();
    Result<bool> inTeam = inTeamProject(db); // step 18
    if (!inTeam)
        return failure(inTeam.error());
    return *inTeam ? QString() : dropChangeTrackingTriggers();
}

} // namespace

int latestSchemaVersion()
{
    return int(std::size(Steps));
}

Result<int> schemaVersion(Database& db)
{
    Result<qint64> version = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return failure(version.error());
    return int(*version);
}

Status migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    Result<int> current = schemaVersion(db);
    if (!current)
        return failure(current.error());
    Result<qint64> applicationId = db.queryInt(QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return failure(applicationId.error());
    if (*current > latestSchemaVersion())
        return failure(Database::tr("%1 was written by a newer Hamish (schema %2; this one knows %3).")
                           .arg(db.path())
                           .arg(*current)
                           .arg(latestSchemaVersion()));
    if (*current == 0) {
        Result<qint64> tables = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!tables)
            return failure(tables.error());
        if (*tables > 0 && *applicationId != LibraryApplicationId)
            return failure(Database::tr("%1 is a database of another application.").arg(db.path()));
    } else if (*applicationId != LibraryApplicationId) {
        return failure(Database::tr("%1 is not a Hamish library.").arg(db.path()));
    }
    for (int step = *current + 1; step <= targetVersion; ++step) {
        Result<Transaction> transaction = Transaction::begin(db);
        if (!transaction)
            return failure(transaction.error());
        Result<QString> stepped = stepSql(db, step);
        if (!stepped)
            return failure(
                Database::tr("Upgrading the library to schema %1 failed: %2").arg(step).arg(stepped.error()));
        QString sql = *stepped;
        sql += QStringLiteral("\nPRAGMA user_version = %1;").arg(step);
        if (step == 1)
            sql += QStringLiteral("\nPRAGMA application_id = %1;").arg(LibraryApplicationId);
        if (Status ok = db.exec(sql); !ok)
            return failure(Database::tr("Upgrading the library to schema %1 failed: %2").arg(step).arg(ok.error()));
        if (Status ok = transaction->commit(); !ok)
            return failure(ok.error());
        qCDebug(lcStore) << "library schema upgraded to" << step;
    }
    return {};
}

} // namespace hamish
