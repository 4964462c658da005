#include "models/itemmodels/nodeconfigtablemodel.h"
#include "models/node/nodeconfigstore.h"
#include "models/secrets/memorysecretstore.h"
#include "widgets/nodes/nodeeditordialog.h"
#include "widgets/nodes/nodeform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList names(const QList<NodeConfig> &nodes)
{
    QStringList out;
    for (const NodeConfig &n : nodes)
        out << n.name;
    return out;
}

QStringList reloadedNames(const QString &file)
{
    NodeConfigStore reloaded(file);
    if (!reloaded.load())
        return {QStringLiteral("load failed: ") + reloaded.errorString()};
    return names(reloaded.nodes());
}
} // namespace

class TestNodeEditorDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        static int n = 0;
        m_file = m_dir.filePath(QStringLiteral("nodes-%1.json").arg(++n));
    }

    void startsWithTheStoredNodes()
    {
        NodeConfigStore store(m_file);
        QVERIFY(store.load()); // no file: the default lab
        NodeEditorDialog dialog(&store);
        QCOMPARE(names(dialog.model()->configs()), names(NodeConfig::defaultLab()));
        QCOMPARE(dialog.currentRow(), 0);
        QCOMPARE(dialog.form()->nameEdit()->text(), QStringLiteral("DGX1"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!dialog.upButton()->isEnabled());
        QVERIFY(dialog.downButton()->isEnabled());
    }

    void addEditsAndPersists()
    {
        MemorySecretStore keychain;
        NodeConfigStore store(m_file);
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        NodeEditorDialog dialog(&store, 1500);
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(dialog.model()->rowCount(), 4);
        QCOMPARE(dialog.currentRow(), 3);
        // A new node has no URL yet: it cannot be saved.
        QVERIFY(!dialog.okButton()->isEnabled());

        NodeForm *form = dialog.form();
        form->nameEdit()->setText(QStringLiteral("Laptop"));
        form->urlEdit()->setText(QStringLiteral("http://laptop.local:8080/v1"));
        QVERIFY(!dialog.okButton()->isEnabled()); // /v1 is not a base URL
        QVERIFY(!form->problem().isEmpty());
        form->urlEdit()->setText(QStringLiteral("http://laptop.local:8080/"));
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(form->problem()));
        form->roleBox()->setCurrentText(QStringLiteral("interactive"));
        form->backendBox()->setCurrentIndex(form->backendBox()->findData(int(Backend::LlamaCpp)));
        form->thinkingBox()->setChecked(true);
        form->apiKeyEdit()->setText(QStringLiteral("sk-test-key"));
        QCOMPARE(form->apiKeyEdit()->echoMode(), QLineEdit::Password);

        const NodeConfig added = dialog.model()->config(3);
        QCOMPARE(added.name, QStringLiteral("Laptop"));
        QCOMPARE(added.url, QUrl(QStringLiteral("http://laptop.local:8080")));
        QCOMPARE(added.backendHint, Backend::LlamaCpp);
        QVERIFY(added.thinkingDefault);
        QCOMPARE(added.pollIntervalMs, 1500);
        QVERIFY(!added.id.isEmpty());

        // Nothing is saved before OK.
        QCOMPARE(reloadedNames(m_file), names(NodeConfig::defaultLab()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.nodes().size(), 4);
        QCOMPARE(reloadedNames(m_file).last(), QStringLiteral("Laptop"));
        NodeConfigStore reloaded(m_file);
        reloaded.setSecretStore(&keychain);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.nodes().last().apiKey, QStringLiteral("sk-test-key"));
        QCOMPARE(keychain.contents().value(added.id), QStringLiteral("sk-test-key"));
        // The shareable node file itself never holds the key.
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-test-key"));
    }

    void keyFieldsSayWhereTheKeyGoes()
    {
        MemorySecretStore keychain;
        NodeConfigStore store(m_file);
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        NodeEditorDialog dialog(&store);
        QVERIFY(dialog.form()->keyStorageLabel()->text().contains(QLatin1String("API keys are stored in")));
        QVERIFY(dialog.form()->apiKeyEdit()->placeholderText().contains(QLatin1String("system keychain")));
    }

    void keychainUnavailableSaysSoAndTakesAnEnvironmentVariable()
    {
        const QByteArray var = "TOKSCOPE_TEST_DIALOG_KEY";
        qputenv(var.constData(), "sk-from-dialog-env");
        MemorySecretStore keychain;
        keychain.setUnavailable(QStringLiteral("no Secret Service on D-Bus"));
        NodeConfigStore store(m_file);
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        NodeEditorDialog dialog(&store);
        NodeForm *form = dialog.form();
        QVERIFY(form->keyStorageLabel()->isVisibleTo(&dialog));
        QVERIFY2(form->keyStorageLabel()->text().startsWith(
                     QLatin1String("Keychain unavailable (no Secret Service on D-Bus)")),
                 qPrintable(form->keyStorageLabel()->text()));
        QVERIFY(form->keyStorageLabel()->text().contains(QLatin1String("environment variable")));
        QVERIFY(form->apiKeyEdit()->placeholderText().contains(QLatin1String("keychain unavailable")));

        // A name that is not a variable name blocks OK with a reason.
        form->apiKeyEnvEdit()->setText(QStringLiteral("sk-pasted-key"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(form->problem().contains(QLatin1String("not an environment variable name")));
        form->apiKeyEnvEdit()->setText(QStringLiteral("TOKSCOPE_TEST_DIALOG_UNSET"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(form->apiKeyEnvLabel()->text().contains(QLatin1String("is not set")));
        form->apiKeyEnvEdit()->setText(QString::fromLatin1(var));
        QVERIFY(form->apiKeyEnvLabel()->text().contains(QLatin1String("read from TOKSCOPE_TEST_DIALOG_KEY")));
        QCOMPARE(dialog.model()->config(0).apiKey, QStringLiteral("sk-from-dialog-env"));
        QVERIFY(dialog.model()->config(0).apiKeyFromEnv);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // Only the name is saved; the key from the environment is used but shown nowhere.
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("\"api_key_env\": \"TOKSCOPE_TEST_DIALOG_KEY\""));
        QVERIFY(!saved.contains("sk-from-dialog-env"));
        NodeEditorDialog again(&store);
        QVERIFY(again.form()->apiKeyEdit()->text().isEmpty());
        QCOMPARE(again.form()->apiKeyEnvEdit()->text(), QString::fromLatin1(var));
        qunsetenv(var.constData());
    }

    void editSelectedNode()
    {
        NodeConfigStore store(m_file);
        QVERIFY(store.load());
        NodeEditorDialog dialog(&store);
        dialog.selectRow(1);
        QCOMPARE(dialog.form()->nameEdit()->text(), QStringLiteral("DGX2"));
        dialog.form()->nameEdit()->setText(QStringLiteral("DGX2 (reviewer)"));
        dialog.form()->pollBox()->setValue(5.0);
        QCOMPARE(dialog.model()->config(1).name, QStringLiteral("DGX2 (reviewer)"));
        QCOMPARE(dialog.model()->config(1).pollIntervalMs, 5000);
        // Selecting another row and coming back shows the edited values.
        dialog.selectRow(0);
        QCOMPARE(dialog.form()->nameEdit()->text(), QStringLiteral("DGX1"));
        dialog.selectRow(1);
        QCOMPARE(dialog.form()->nameEdit()->text(), QStringLiteral("DGX2 (reviewer)"));
        dialog.accept();
        QCOMPARE(store.find(QStringLiteral("dgx2"))->name, QStringLiteral("DGX2 (reviewer)"));
        QCOMPARE(store.find(QStringLiteral("dgx2"))->pollIntervalMs, 5000);
    }

    void invalidUrlBlocksSaving()
    {
        NodeConfigStore store(m_file);
        QVERIFY(store.load());
        NodeEditorDialog dialog(&store);
        dialog.form()->urlEdit()->setText(QStringLiteral("ftp://dgx1.local"));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.accept(); // refused while invalid
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QCOMPARE(store.nodes().first().url, QUrl(QStringLiteral("http://dgx1.local:30000")));
        dialog.form()->urlEdit()->setText(QStringLiteral("https://dgx1.example"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void removeAndReorder()
    {
        NodeConfigStore store(m_file);
        QVERIFY(store.load());
        NodeEditorDialog dialog(&store);
        dialog.selectRow(0);
        QTest::mouseClick(dialog.downButton(), Qt::LeftButton);
        QCOMPARE(
            names(dialog.model()->configs()),
            (QStringList{QStringLiteral("DGX2"), QStringLiteral("DGX1"), QStringLiteral("Desktop 5090")}));
        QCOMPARE(dialog.currentRow(), 1); // the selection follows the moved node
        QTest::mouseClick(dialog.downButton(), Qt::LeftButton);
        QCOMPARE(dialog.currentRow(), 2);
        QVERIFY(!dialog.downButton()->isEnabled());
        QTest::mouseClick(dialog.upButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.upButton(), Qt::LeftButton);
        QCOMPARE(
            names(dialog.model()->configs()),
            (QStringList{QStringLiteral("DGX1"), QStringLiteral("DGX2"), QStringLiteral("Desktop 5090")}));
        QCOMPARE(dialog.currentRow(), 0);

        dialog.selectRow(2);
        QTest::mouseClick(dialog.upButton(), Qt::LeftButton);
        dialog.selectRow(0);
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(names(dialog.model()->configs()),
                 (QStringList{QStringLiteral("Desktop 5090"), QStringLiteral("DGX2")}));
        QCOMPARE(dialog.currentRow(), 0);
        QCOMPARE(dialog.form()->nameEdit()->text(), QStringLiteral("Desktop 5090"));

        dialog.accept();
        QCOMPARE(names(store.nodes()), (QStringList{QStringLiteral("Desktop 5090"), QStringLiteral("DGX2")}));
        QCOMPARE(reloadedNames(m_file),
                 (QStringList{QStringLiteral("Desktop 5090"), QStringLiteral("DGX2")}));
    }

    void removeEverything()
    {
        NodeConfigStore store(m_file);
        QVERIFY(store.load());
        NodeEditorDialog dialog(&store);
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.removeButton()->isEnabled());
        QVERIFY(!dialog.form()->parentWidget()->isEnabled());
        QVERIFY(dialog.okButton()->isEnabled()); // an empty list is a valid choice
        dialog.accept();
        QVERIFY(store.nodes().isEmpty());
    }

    void cancelKeepsTheStore()
    {
        NodeConfigStore store(m_file);
        QVERIFY(store.load());
        NodeEditorDialog dialog(&store);
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        dialog.reject();
        QCOMPARE(names(store.nodes()), names(NodeConfig::defaultLab()));
    }
};

QTEST_MAIN(TestNodeEditorDialog)
#include "tst_nodeeditordialog.moc"
