#include "widgets/compare/comparegrouppane.h"

#include "models/compare/comparesummary.h"
#include "models/measure/metricdefinitions.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// The metrics a pane lists, in reading order (keys of MetricDefinitions).
const char *const kPaneMetrics[] = {"ttfr_ms",      "ttft_ms",       "ttfa_ms",     "prefill_ms",   "prefill_tps",
                                    "thinking_ms",  "generation_ms", "decode_tps",  "ttr_ms",       "connect_ms",
                                    "effective_tps", "thinking_ratio", "itl_p50_ms", "itl_p95_ms",
                                    "prompt_tokens", "completion_tokens", "reasoning_tokens", "answer_tokens"};

QString formatValue(const QString &key, double v)
{
    if (key == QLatin1String("thinking_ratio"))
        return QStringLiteral("%1 %").arg(v * 100, 0, 'f', 0);
    if (key.endsWith(QLatin1String("_tokens")))
        return QString::number(qint64(v));
    return QString::number(v, 'f', v >= 100 ? 0 : 1);
}

QString stateColor(RunState s)
{
    switch (s) {
    case RunState::Done: return QStringLiteral("#16a34a");
    case RunState::Running:
    case RunState::Pending: return QStringLiteral("#2563eb");
    case RunState::Cancelled: return QStringLiteral("#6b7280");
    default: return QStringLiteral("#dc2626");
    }
}
} // namespace

CompareGroupPane::CompareGroupPane(const QString &nodeName, bool simulated, bool thinking, QWidget *parent)
    : QFrame(parent)
    , m_thinking(thinking)
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(300);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QString title = QStringLiteral("<b>%1</b> &middot; %2").arg(nodeName.toHtmlEscaped(),
                                                               thinkingDisplayName(thinking));
    if (simulated)
        title += QStringLiteral(" <span style='color:#b45309'><b>%1</b></span>").arg(tr("SIMULATED"));
    m_title->setText(title);
    m_state = new QLabel(tr("waiting"), this);
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
    m_reasoning->setStyleSheet(QStringLiteral("color:#6b7280;"));
    connect(m_thinkingToggle, &QToolButton::toggled, this, [this](bool on) {
        m_reasoning->setVisible(on);
        m_thinkingToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_answer = new QPlainTextEdit(this);
    m_answer->setReadOnly(true);
    m_answer->setMinimumHeight(90);
    m_live = new QLabel(this);
    m_live->setStyleSheet(QStringLiteral("color:#6b7280;"));
    auto *metricsBox = new QWidget(this);
    m_metrics = new QGridLayout(metricsBox);
    m_metrics->setContentsMargins(0, 0, 0, 0);
    m_metrics->setVerticalSpacing(1);
    m_flags = new QLabel(this);
    m_flags->setWordWrap(true);
    m_flags->setStyleSheet(QStringLiteral("color:#b45309;"));
    auto *stabilityRow = new QHBoxLayout;
    m_stability = new QLabel(this);
    m_stability->setWordWrap(true);
    m_diffButton = new QToolButton(this);
    m_diffButton->setText(tr("Show diff"));
    m_diffButton->setVisible(false);
    connect(m_diffButton, &QToolButton::clicked, this, &CompareGroupPane::showDiff);
    stabilityRow->addWidget(m_stability, 1);
    stabilityRow->addWidget(m_diffButton);

    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_thinkingToggle);
    layout->addWidget(m_reasoning);
    layout->addWidget(new QLabel(tr("Answer"), this));
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_live);
    layout->addWidget(metricsBox);
    layout->addWidget(m_flags);
    layout->addLayout(stabilityRow);
}

void CompareGroupPane::showCell(const CompareCell &cell, int runs)
{
    const ChatResult &r = cell.result;
    const QString runText = cell.warmup ? tr("warm-up") : tr("run %1 of %2").arg(cell.run).arg(runs);
    QString state = QStringLiteral("<span style='color:%1'><b>%2</b></span> &middot; %3")
                        .arg(stateColor(r.state), runStateDisplayName(r.state), runText);
    if (!r.error.isEmpty())
        state += QStringLiteral("<br><span style='color:#dc2626'>%1</span>").arg(r.error.toHtmlEscaped());
    m_state->setText(state);
    m_state->setWordWrap(true);
    if (m_reasoning->toPlainText() != r.reasoning)
        m_reasoning->setPlainText(r.reasoning);
    if (m_answer->toPlainText() != r.text)
        m_answer->setPlainText(r.text);
    m_chars = int(r.text.size() + r.reasoning.size());
    if (cell.isFinished())
        setMetrics(cell);
    else
        m_live->setText(tr("%n chunk(s) received", nullptr, r.chunkCount));
}

void CompareGroupPane::appendDelta(bool reasoning, const QString &text)
{
    QPlainTextEdit *target = reasoning ? m_reasoning : m_answer;
    target->moveCursor(QTextCursor::End);
    target->insertPlainText(text);
    m_chars += int(text.size());
    m_live->setText(tr("streaming: %n character(s)", nullptr, m_chars));
}

void CompareGroupPane::setMetrics(const CompareCell &cell)
{
    while (QLayoutItem *item = m_metrics->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const ResponseMetrics &m = cell.result.metrics;
    int row = 0;
    for (const char *k : kPaneMetrics) {
        const QString key = QString::fromLatin1(k);
        const std::optional<MetricDefinition> def = MetricDefinitions::find(key);
        if (!def)
            continue;
        const std::optional<double> v = MetricDefinitions::value(m, key);
        const MetricSource src = MetricDefinitions::source(m, key);
        auto *name = new QLabel(def->label, this);
        auto *value = new QLabel(v ? QStringLiteral("%1 %2").arg(formatValue(key, *v), def->unit) : tr("unknown"), this);
        auto *source = new QLabel(src == MetricSource::None ? QString() : metricSourceDisplayName(src), this);
        source->setStyleSheet(QStringLiteral("color:#6b7280;"));
        const QString tip = QStringLiteral("<b>%1</b><br>%2").arg(def->label.toHtmlEscaped(), def->definition.toHtmlEscaped());
        for (QLabel *l : {name, value, source})
            l->setToolTip(tip);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_metrics->addWidget(name, row, 0);
        m_metrics->addWidget(value, row, 1);
        m_metrics->addWidget(source, row, 2);
        ++row;
    }
    QStringList flags;
    for (const QString &f : cell.result.flags) {
        const QString text = MetricDefinitions::flagText(f);
        flags << (text.isEmpty() ? f : text);
    }
    m_flags->setText(flags.join(QStringLiteral("<br>")));
    m_live->setText(tr("%n chunk(s) carried the tokens", nullptr, cell.result.chunkCount));
}

void CompareGroupPane::showSummary(const CompareRun &run)
{
    const CompareGroupSummary s = CompareSummary::computeGroup(run, m_nodeIndex, m_thinking);
    const bool stable = s.stability.verdict == StabilityResult::Verdict::Stable;
    const bool unstable = s.stability.verdict == StabilityResult::Verdict::Unstable;
    const QString color = stable ? QStringLiteral("#16a34a") : unstable ? QStringLiteral("#dc2626") : QStringLiteral("#6b7280");
    QString text = QStringLiteral("<span style='color:%1'><b>%2</b></span> &middot; %3")
                       .arg(color, stabilityDisplayName(s.stability.verdict), s.stability.reason.toHtmlEscaped());
    const MetricSpread *ttr = s.metric(QStringLiteral("ttr_ms"));
    const MetricSpread *eff = s.metric(QStringLiteral("effective_tps"));
    if (ttr && ttr->mean)
        text += QStringLiteral("<br>") + tr("TTR mean %1 ms (min %2, max %3) over %n DONE run(s)", nullptr, ttr->n)
                                            .arg(*ttr->mean, 0, 'f', 0)
                                            .arg(ttr->min.value_or(0), 0, 'f', 0)
                                            .arg(ttr->max.value_or(0), 0, 'f', 0);
    if (eff && eff->mean)
        text += QStringLiteral("<br>") + tr("Effective %1 tok/s (mean)").arg(*eff->mean, 0, 'f', 1);
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
