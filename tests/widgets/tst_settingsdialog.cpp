#include "models/node/nodeconfigstore.h"
#include "models/settings/appsettings.h"
#include "widgets/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void showsCurrentValues()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")));
        settings.setLanguage(QStringLiteral("ko"));
        settings.setPollIntervalMs(1500);
        settings.setChartWindow(ChartWindow::OneHour);
        SettingsDialog dialog(&settings);
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("ko"));
        QCOMPARE(dialog.pollBox()->value(), 1.5);
        QCOMPARE(dialog.chartWindowBox()->currentData().toString(), QStringLiteral("1h"));
        QVERIFY(dialog.applyPollToAllBox()->isHidden()); // no store given
        QCOMPARE(dialog.languageBox()->count(), 3);      // system, English, Korean
    }

    void okWritesCancelDoesNot()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")));
        {
            SettingsDialog dialog(&settings);
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
            dialog.reject();
        }
        QCOMPARE(settings.language(), QString());

        QSignalSpy language(&settings, &AppSettings::languageChanged);
        QSignalSpy window(&settings, &AppSettings::chartWindowChanged);
        SettingsDialog dialog(&settings);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ko")));
        dialog.chartWindowBox()->setCurrentIndex(dialog.chartWindowBox()->findData(QStringLiteral("24h")));
        dialog.pollBox()->setValue(3.0);
        dialog.accept();
        QCOMPARE(settings.language(), QStringLiteral("ko"));
        QCOMPARE(settings.chartWindow(), ChartWindow::TwentyFourHours);
        QCOMPARE(settings.pollIntervalMs(), 3000);
        QCOMPARE(language.count(), 1);
        QCOMPARE(window.count(), 1);
    }

    void pollIntervalForEveryNode()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("c.ini")));
        NodeConfigStore store(m_dir.filePath(QStringLiteral("c-nodes.json")));
        QVERIFY(store.load());
        SettingsDialog dialog(&settings, &store);
        QVERIFY(!dialog.applyPollToAllBox()->isHidden());
        dialog.pollBox()->setValue(0.5);
        dialog.applyPollToAllBox()->setChecked(true);
        dialog.accept();
        QVERIFY(!store.nodes().isEmpty());
        for (const NodeConfig &node : store.nodes())
            QCOMPARE(node.pollIntervalMs, 500);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
