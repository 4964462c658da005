#include "widgets/dashboard/demobanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DemoBanner::DemoBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setStyleSheet(
        QStringLiteral("#demoBanner { background: #fff7e6; border: 1px solid #f0b453; border-radius: 6px; }"
                       "#demoBanner QLabel { background: transparent; border: none; }"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_start = new QPushButton(tr("Start simulated lab"), this);
    m_start->setDefault(true);
    m_edit = new QPushButton(tr("Edit nodes\u2026"), this);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(14, 10, 14, 10);
    row->addLayout(texts, 1);
    row->addWidget(m_edit);
    row->addWidget(m_start);

    connect(m_start, &QPushButton::clicked, this, &DemoBanner::startLabRequested);
    connect(m_edit, &QPushButton::clicked, this, &DemoBanner::editNodesRequested);
    setNoNodes(false);
}

void DemoBanner::setNoNodes(bool noNodes)
{
    m_title->setText(noNodes ? tr("No nodes are configured.") : tr("None of your nodes answers."));
    m_text->setText(
        noNodes ? tr("Add your vLLM or llama.cpp servers in Nodes \u2192 Edit nodes, or try Tokscope with "
                     "three simulated nodes running inside the app on 127.0.0.1.")
                : tr("Check the addresses in Nodes \u2192 Edit nodes, or try Tokscope with three simulated "
                     "nodes running inside the app on 127.0.0.1."));
}
