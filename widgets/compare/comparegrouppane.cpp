#include "widgets/compare/comparegrouppane.h"

#include "models/sim/simlab.h"
#include "models/compare/comparesummary.h"
#include "models/compare/compareusage.h"
#include "models/measure/metricdefinitions.h"
#include "widgets/appstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString stateColor(RunState s)
{
    switch (s) {
    case RunState::Done: return AppStyle::okColor().name();
    case RunState::Running:
    case RunState::Pending: return AppStyle::accentColor().name();
    case RunState::Cancelled: return AppStyle::mutedColor().name();
    default: return AppStyle::errorColor().name();
    }
}

// Flags that change how a number must be read (orange); the others only say how it was measured
// (grey, small): a normal run shows no orange.
bool isWarning(const QString &flag)
{
    return flag == MetricFlag::CacheHit || flag == MetricFlag::ThinkingToggleIgnored ||
           flag == MetricFlag::FinishLength || flag == MetricFlag::NoUsage;
}

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000);
}
} // namespace

CompareGroupPane::CompareGroupPane(const QString &nodeName, bool simulated, bool thinking, QWidget *parent)
    : QFrame(parent)
    , m_thinking(thinking)
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(260);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    const QString name = SimLab::withoutSimulatedSuffix(nodeName);
    QString title = QStringLiteral("<b>%1</b> &middot; %2").arg(name.toHtmlEscaped(), thinkingDisplayName(thinking));
    if (simulated)
        title += QStringLiteral(" <span style='color:%1'><b>%2</b></span>").arg(AppStyle::warningColor().name(), tr("SIMULATED"));
    m_title->setText(title);
    m_state = new QLabel(tr("waiting"), this);
    m_state->setWordWrap(true);
    m_thinkingToggle = new QToolButton(this);
    m_thinkingToggle->setText(tr("Thinking"));
    m_thinkingToggle->setCheckable(true);
    m_thinkingToggle->setChecked(thinking);
    m_thinkingToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_thinkingToggle->setArrowType(thinking ? Qt::DownArrow : Qt::RightArrow);
    m_reasoning = new QPlainTextEdit(this);
    m_reasoning->setReadOnly(true);
    m_reasoning->setMaximumHeight(110);
    m_reasoning->setVisible(thinking);
    m_reasoning->setStyleSheet(QStringLiteral("color:%1;").arg(AppStyle::mutedColor().name()));
    connect(m_thinkingToggle, &QToolButton::toggled, this, [this](bool on) {
        m_reasoning->setVisible(on);
        m_thinkingToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_answer = new QPlainTextEdit(this);
    m_answer->setReadOnly(true);
    m_answer->setMinimumHeight(90);
    m_answer->setTabChangesFocus(true);
    m_reasoning->setTabChangesFocus(true);
    m_copyAnswer = new QToolButton(this);
    m_copyAnswer->setText(tr("Copy answer"));
    m_copyAnswer->setToolTip(tr("Copy this pane's answer to the clipboard"));
    connect(m_copyAnswer, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_answer->toPlainText()); });
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(new QLabel(tr("Answer"), this), 1);
    answerRow->addWidget(m_copyAnswer);
    m_live = new QLabel(this);
    m_live->setObjectName(QStringLiteral("liveLine"));
    m_live->setStyleSheet(QStringLiteral("color:%1;").arg(AppStyle::mutedColor().name()));
    m_live->setWordWrap(true);
    m_flags = new QLabel(this);
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::RichText);
    auto *stabilityRow = new QHBoxLayout;
    m_stability = new QLabel(this);
    m_stability->setWordWrap(true);
    m_diffButton = new QToolButton(this);
    m_diffButton->setText(tr("Show diff"));
    m_diffButton->setVisible(false);
    connect(m_diffButton, &QToolButton::clicked, this, &CompareGroupPane::showDiff);
    stabilityRow->addWidget(m_stability, 1);
    stabilityRow->addWidget(m_diffButton, 0, Qt::AlignTop);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &CompareGroupPane::tick);

    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_thinkingToggle);
    layout->addWidget(m_reasoning);
    layout->addLayout(answerRow);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_live);
    layout->addWidget(m_flags);
    layout->addLayout(stabilityRow);
    m_structure = new QLabel(this);
    m_structure->setObjectName(QStringLiteral("structureLine"));
    m_structure->setWordWrap(true);
    m_structure->setTextFormat(Qt::RichText);
    m_structure->setVisible(false);
    layout->addWidget(m_structure);
}

void CompareGroupPane::showCell(const CompareCell &cell, int runs, int deadlineMs)
{
    const ChatResult &r = cell.result;
    const QString runText = cell.warmup ? tr("warm-up (not counted)") : tr("run %1 of %2").arg(cell.run).arg(runs);
    QString state = QStringLiteral("<span style='color:%1'><b>%2</b></span> &middot; %3")
                        .arg(stateColor(r.state), runStateDisplayName(r.state), runText);
    if (!r.error.isEmpty()) {
        QString error = r.error;
        if (cell.warmup && r.state == RunState::Timeout && !r.metrics.ttftMs)
            error = tr("The warm-up got no answer in %1 s and was given up; the measured runs still try.")
                        .arg(seconds(m_elapsed.isValid() ? m_elapsed.elapsed() : qint64(m_deadlineMs)));
        else if (cell.warmup)
            error = tr("The warm-up got no usable answer (%1); the measured runs still try.").arg(r.error);
        state += QStringLiteral("<br><span style='color:%1'>%2</span>").arg(AppStyle::errorColor().name(), error.toHtmlEscaped());
    }
    m_state->setText(state);
    if (m_reasoning->toPlainText() != r.reasoning)
        m_reasoning->setPlainText(r.reasoning);
    if (m_answer->toPlainText() != r.text)
        m_answer->setPlainText(r.text);
    m_chars = int(r.text.size() + r.reasoning.size());
    if (cell.isFinished()) {
        m_ticker->stop();
        setFlags(cell);
        m_live->setText(tr("%n chunk(s) carried the tokens", nullptr, r.chunkCount));
        UsageTotals usage; // this request's tokens as the server counted them (cost: in the summary)
        usage.add(r.usage, std::nullopt);
        if (usage.withUsage > 0)
            m_live->setText(m_live->text() + QStringLiteral(" \u00b7 ") + tr("tokens: %1").arg(usage.text(false)));
    } else {
        if (!m_ticker->isActive() || m_warmup != cell.warmup) {
            m_elapsed.start();
            m_ticker->start();
        }
        m_warmup = cell.warmup;
        m_deadlineMs = deadlineMs;
        m_flags->clear();
        m_liveText = tr("%n chunk(s) received", nullptr, r.chunkCount);
        tick();
    }
}

void CompareGroupPane::tick()
{
    if (!m_elapsed.isValid())
        return;
    QString text = m_liveText;
    const qint64 ms = m_elapsed.elapsed();
    if (m_deadlineMs > 0)
        text += QStringLiteral(" \u00b7 ") +
                (m_warmup ? tr("warm-up waiting %1 s (gives up after %2 s)") : tr("%1 s (gives up after %2 s)"))
                    .arg(seconds(ms), seconds(m_deadlineMs));
    else
        text += QStringLiteral(" \u00b7 ") + tr("%1 s").arg(seconds(ms));
    m_live->setText(text);
}

void CompareGroupPane::appendDelta(bool reasoning, const QString &text)
{
    QPlainTextEdit *target = reasoning ? m_reasoning : m_answer;
    target->moveCursor(QTextCursor::End);
    target->insertPlainText(text);
    m_chars += int(text.size());
    m_liveText = tr("streaming: %n character(s)", nullptr, m_chars);
    tick();
}

void CompareGroupPane::setFlags(const CompareCell &cell)
{
    QStringList warnings;
    QStringList notes;
    for (const QString &f : cell.result.flags) {
        const QString text = MetricDefinitions::flagText(f);
        (isWarning(f) ? warnings : notes) << (text.isEmpty() ? f : text).toHtmlEscaped();
    }
    if (!cell.requestNote.isEmpty())
        notes << cell.requestNote.toHtmlEscaped();
    QString html;
    if (!warnings.isEmpty())
        html += QStringLiteral("<div style='color:%1'>%2</div>").arg(AppStyle::warningColor().name(), warnings.join(QStringLiteral("<br>")));
    if (!notes.isEmpty())
        html += QStringLiteral("<div style='color:%1; font-size:small'>%2</div>").arg(AppStyle::mutedColor().name(), notes.join(QStringLiteral("<br>")));
    m_flags->setText(html);
}

void CompareGroupPane::showSummary(const CompareRun &run)
{
    const CompareGroupSummary s = CompareSummary::computeGroup(run, m_nodeIndex, m_thinking);
    const bool stable = s.stability.verdict == StabilityResult::Verdict::Stable;
    const bool unstable = s.stability.verdict == StabilityResult::Verdict::Unstable;
    const QString color = (stable ? AppStyle::okColor() : unstable ? AppStyle::errorColor() : AppStyle::mutedColor()).name();
    QString text = QStringLiteral("<span style='color:%1'><b>%2</b></span> &middot; %3")
                       .arg(color, stabilityDisplayName(s.stability.verdict), s.stability.reason.toHtmlEscaped());
    const MetricSpread *ttr = s.metric(QStringLiteral("ttr_ms"));
    if (ttr && ttr->mean)
        text += QStringLiteral("<br>") + tr("TTR mean %1 ms over %n DONE run(s)", nullptr, ttr->n).arg(*ttr->mean, 0, 'f', 0);
    const UsageTotals usage = CompareUsage::forGroup(run, m_nodeIndex, m_thinking);
    if (usage.withUsage > 0) // every request of this node and mode, warm-up included (billed too)
        text += QStringLiteral("<br>") + tr("Usage: %1").arg(usage.text().toHtmlEscaped());
    m_stability->setText(text);
    m_diff = s.stability.diff;
    m_diffButton->setVisible(unstable && !m_diff.isEmpty());
}

void CompareGroupPane::showDiff()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Differing answers"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QPlainTextEdit(m_diff, &dialog);
    view->setReadOnly(true);
    view->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(700, 420);
    dialog.exec();
}

void CompareGroupPane::showStructure(const QString &html)
{
    m_structure->setText(html);
    m_structure->setVisible(!html.isEmpty());
}

QString CompareGroupPane::structureText() const
{
    return m_structure->text();
}

QString CompareGroupPane::stabilityText() const
{
    return m_stability->text();
}

QString CompareGroupPane::answerText() const
{
    return m_answer->toPlainText();
}

QString CompareGroupPane::stateText() const
{
    return m_state->text();
}

QString CompareGroupPane::flagsText() const
{
    return m_flags->text();
}
