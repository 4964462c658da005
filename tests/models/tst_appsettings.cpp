#include "models/history/historydatabase.h"
#include "models/settings/appsettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString ini() const { return m_dir.filePath(QStringLiteral("tokscope.ini")); }

private slots:
    void init() { QFile::remove(ini()); }

    void defaultsWhenNothingIsStored()
    {
        AppSettings s(ini());
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.pollIntervalMs(), SettingKeys::PollIntervalMs.defaultValue);
        QCOMPARE(s.requestTimeoutMs(), SettingKeys::RequestTimeoutMs.defaultValue);
        QCOMPARE(s.chartWindow(), ChartWindow::FiveMinutes);
        QCOMPARE(s.historyDatabasePath(), HistoryDatabase::defaultPath());
        QCOMPARE(s.value(SettingKeys::CompareRuns), 3);
        QCOMPARE(s.value(SettingKeys::CompareNodeIds), QStringList());
        QVERIFY(!s.openGlCharts());
    }

    void valuesPersist()
    {
        {
            AppSettings s(ini());
            s.setLanguage(QStringLiteral("ko"));
            s.setPollIntervalMs(5000);
            s.setChartWindow(ChartWindow::TwentyFourHours);
            s.setHistoryDatabasePath(QStringLiteral("/tmp/other.sqlite"));
            s.setValue(SettingKeys::CompareNodeIds,
                       QStringList{QStringLiteral("dgx1"), QStringLiteral("dgx2")});
            s.setValue(SettingKeys::ComparePrompt, QStringLiteral("안녕하세요, 한 줄로 답해 주세요."));
            s.setOpenGlCharts(true);
            s.sync();
        }
        AppSettings s(ini());
        QCOMPARE(s.language(), QStringLiteral("ko"));
        QCOMPARE(s.pollIntervalMs(), 5000);
        QCOMPARE(s.chartWindow(), ChartWindow::TwentyFourHours);
        QCOMPARE(s.historyDatabasePath(), QStringLiteral("/tmp/other.sqlite"));
        QCOMPARE(s.value(SettingKeys::CompareNodeIds),
                 (QStringList{QStringLiteral("dgx1"), QStringLiteral("dgx2")}));
        QCOMPARE(s.value(SettingKeys::ComparePrompt), QStringLiteral("안녕하세요, 한 줄로 답해 주세요."));
        QVERIFY(s.openGlCharts());
        s.reset(SettingKeys::CompareNodeIds);
        QCOMPARE(s.value(SettingKeys::CompareNodeIds), QStringList());
    }

    void handEditedGarbageFallsBackToDefaults_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("poll not a number") << QByteArray("pollIntervalMs=fast");
        QTest::newRow("window unknown") << QByteArray("window=3d");
    }
    void handEditedGarbageFallsBackToDefaults()
    {
        QFETCH(QByteArray, line);
        QFile f(ini());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[nodes]\n" + line + "\n[charts]\n" + line + "\n");
        f.close();
        AppSettings s(ini());
        QCOMPARE(s.pollIntervalMs(), SettingKeys::PollIntervalMs.defaultValue);
        QCOMPARE(s.chartWindow(), ChartWindow::FiveMinutes);
    }

    void pollIntervalIsClamped_data()
    {
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("out");
        QTest::newRow("too small") << 10 << AppSettings::MinPollIntervalMs;
        QTest::newRow("negative") << -5 << AppSettings::MinPollIntervalMs;
        QTest::newRow("fine") << 1000 << 1000;
        QTest::newRow("too large") << 24 * 3600 * 1000 << AppSettings::MaxPollIntervalMs;
    }
    void pollIntervalIsClamped()
    {
        QFETCH(int, in);
        QFETCH(int, out);
        AppSettings s(ini());
        s.setPollIntervalMs(in);
        QCOMPARE(s.pollIntervalMs(), out);
    }

    void signalsOnlyOnChange()
    {
        AppSettings s(ini());
        QSignalSpy language(&s, &AppSettings::languageChanged);
        QSignalSpy window(&s, &AppSettings::chartWindowChanged);
        QSignalSpy any(&s, &AppSettings::changed);
        s.setLanguage(QStringLiteral("ko"));
        s.setLanguage(QStringLiteral("ko"));
        s.setChartWindow(ChartWindow::FiveMinutes); // already the default
        s.setChartWindow(ChartWindow::OneHour);
        QCOMPARE(language.count(), 1);
        QCOMPARE(window.count(), 1);
        QCOMPARE(window.first().first().value<ChartWindow>(), ChartWindow::OneHour);
        QCOMPARE(any.count(), 2);
    }

    void chartWindowKeys_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("5m") << int(ChartWindow::FiveMinutes) << QStringLiteral("5m") << qint64(300000);
        QTest::newRow("1h") << int(ChartWindow::OneHour) << QStringLiteral("1h") << qint64(3600000);
        QTest::newRow("24h") << int(ChartWindow::TwentyFourHours) << QStringLiteral("24h")
                             << qint64(86400000);
    }
    void chartWindowKeys()
    {
        QFETCH(int, window);
        QFETCH(QString, key);
        QFETCH(qint64, ms);
        QCOMPARE(chartWindowKey(ChartWindow(window)), key);
        QCOMPARE(int(chartWindowFromKey(key)), window);
        QCOMPARE(chartWindowMs(ChartWindow(window)), ms);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
