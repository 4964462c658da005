#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl-C (SIGINT) and SIGTERM into a Qt signal on the main thread (self-pipe trick), so a long
// command can stop its work cleanly and still print what it has. While one CliInterrupt exists, the
// default "kill the process" action is replaced; a second Ctrl-C after interrupted() kills as usual.
class CliInterrupt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliInterrupt)
public:
    explicit CliInterrupt(QObject *parent = nullptr);
    ~CliInterrupt() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};
