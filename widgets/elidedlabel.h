#pragma once

#include <QLabel>

// A one-line label that elides its text when too narrow (by default in the middle, so long model ids
// and paths keep both their start and their quantization suffix) and shows the full text as tooltip.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    void setElideMode(Qt::TextElideMode mode);
    QString fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();

    QString m_fullText;
    Qt::TextElideMode m_mode = Qt::ElideMiddle;
};
