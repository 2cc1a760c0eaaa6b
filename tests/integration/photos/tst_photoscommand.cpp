// `cetdesk-cli import-photos`, run in-process through PhotosCommand::run: exit codes, text and
// JSON output, --dry-run, on real files and a real database.
#include "CliContext.h"
#include "PhotoStudents.h"
#include "PhotoTestFiles.h"
#include "PhotosCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cet;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestPhotosCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void allMatchedExitsOk();
    void problemsExitRejectedAndStillStoreValidOnes();
    void dryRunStoresNothing();
    void jsonListsProblems();
    void unreadableSource();
    void noPhotoFiles();
    void databaseError();

private:
    Run run(const QString &source, bool dryRun, bool json, const QString &dbPath = {}) const;
    std::unique_ptr<phototest::PhotoStudents> m_f;
};

void TestPhotosCommand::init()
{
    m_f = std::make_unique<phototest::PhotoStudents>();
    m_f->setUp();
}

void TestPhotosCommand::cleanup()
{
    m_f.reset();
}

Run TestPhotosCommand::run(const QString &source, bool dryRun, bool json, const QString &dbPath) const
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    const CliContext context{ dbPath.isEmpty() ? m_f->dbPath() : dbPath, out, err };
    r.exitCode = PhotosCommand::run(context, source, { dryRun, json, QStringLiteral("tester") });
    out.flush();
    err.flush();
    return r;
}

void TestPhotosCommand::allMatchedExitsOk()
{
    const QString folder = m_f->dir.filePath(QStringLiteral("ok"));
    phototest::writeFile(folder + QStringLiteral("/2021001.jpg"), phototest::jpeg({ 144, 192, 1 }));
    phototest::writeFile(folder + u'/' + m_f->li.idNumber + QStringLiteral(".jpg"), phototest::jpeg({ 144, 192, 2 }));
    phototest::writeFile(folder + QStringLiteral("/list.txt"), "not a photo");
    const Run r = run(folder, false, false);
    QCOMPARE(r.exitCode, int(ExitOk));
    QVERIFY2(r.out.contains(QStringLiteral("Stored 2 photos: 2 new, 0 replaced")), qPrintable(r.out));
    QCOMPARE(m_f->photoCount(), 2);

    const Run again = run(folder, false, true);
    QCOMPARE(again.exitCode, int(ExitOk));
    const QJsonObject stored = again.json().value(QStringLiteral("stored")).toObject();
    QCOMPARE(stored.value(QStringLiteral("unchanged")).toInt(), 2);
    QCOMPARE(stored.value(QStringLiteral("added")).toInt(), 0);
}

void TestPhotosCommand::problemsExitRejectedAndStillStoreValidOnes()
{
    const QString folder = m_f->dir.filePath(QStringLiteral("mixed"));
    phototest::writeFile(folder + QStringLiteral("/2021001.jpg"), phototest::jpeg());
    phototest::writeFile(folder + QStringLiteral("/2021002.jpg"), phototest::jpeg({ 200, 300 }));
    const Run r = run(folder, false, false);
    QCOMPARE(r.exitCode, int(ExitRejected));
    QVERIFY2(r.out.contains(QStringLiteral("200×300")), qPrintable(r.out));
    QCOMPARE(m_f->photoCount(), 1);
}

void TestPhotosCommand::dryRunStoresNothing()
{
    const QString folder = m_f->dir.filePath(QStringLiteral("dry"));
    phototest::writeFile(folder + QStringLiteral("/2021001.jpg"), phototest::jpeg());
    const Run r = run(folder, true, false);
    QCOMPARE(r.exitCode, int(ExitOk));
    QVERIFY2(r.out.contains(QStringLiteral("Dry run")), qPrintable(r.out));
    QCOMPARE(m_f->photoCount(), 0);
    const Run json = run(folder, true, true);
    QVERIFY(json.json().value(QStringLiteral("dry_run")).toBool());
    QVERIFY(json.json().value(QStringLiteral("stored")).isNull());
    QCOMPARE(json.json().value(QStringLiteral("to_store")).toInt(), 1);
}

void TestPhotosCommand::jsonListsProblems()
{
    const QString zip = m_f->dir.filePath(QStringLiteral("photos.zip"));
    phototest::writeZip(zip, { { "2021001.jpg", phototest::jpeg() },
                               { "2021009.jpg", phototest::jpeg() },
                               { "big.jpg", phototest::padded(phototest::jpeg(), 65000) } });
    const Run r = run(zip, false, true);
    QCOMPARE(r.exitCode, int(ExitRejected));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("exit_code")).toInt(), int(ExitRejected));
    QCOMPARE(o.value(QStringLiteral("files")).toInt(), 3);
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("matched")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("ambiguous")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("too_large")).toInt(), 1);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    QStringList codes;
    for (const QJsonValue &p : problems)
        codes << p.toObject().value(QStringLiteral("code")).toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{ QStringLiteral("photo.too_large"), QStringLiteral("photos.ambiguous") }));
    QCOMPARE(o.value(QStringLiteral("stored")).toObject().value(QStringLiteral("added")).toInt(), 1);
}

void TestPhotosCommand::unreadableSource()
{
    const Run missing = run(m_f->dir.filePath(QStringLiteral("nope")), false, false);
    QCOMPARE(missing.exitCode, int(ExitUnreadable));
    QVERIFY(missing.err.contains(QStringLiteral("nope")));

    const QString notZip = m_f->dir.filePath(QStringLiteral("photos.7z"));
    phototest::writeFile(notZip, "7z\xBC\xAF\x27\x1C");
    const Run json = run(notZip, false, true);
    QCOMPARE(json.exitCode, int(ExitUnreadable));
    QCOMPARE(json.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("photos.not_zip"));
}

void TestPhotosCommand::noPhotoFiles()
{
    const QString folder = m_f->dir.filePath(QStringLiteral("docs"));
    phototest::writeFile(folder + QStringLiteral("/readme.txt"), "x");
    const Run r = run(folder, false, false);
    QCOMPARE(r.exitCode, int(ExitUnreadable));
    QVERIFY(r.err.contains(QStringLiteral(".jpg")));
}

void TestPhotosCommand::databaseError()
{
    const QString folder = m_f->dir.filePath(QStringLiteral("ok"));
    phototest::writeFile(folder + QStringLiteral("/2021001.jpg"), phototest::jpeg());
    const QString notADb = m_f->dir.filePath(QStringLiteral("garbage.sqlite"));
    phototest::writeFile(notADb, QByteArray(4096, 'g'));
    const Run r = run(folder, false, false, notADb);
    QCOMPARE(r.exitCode, int(ExitDatabase));
}

QTEST_GUILESS_MAIN(TestPhotosCommand)
#include "tst_photoscommand.moc"
