#pragma once

#include <QByteArray>
#include <QString>

// Locates files under tests/data (the recorded llama.cpp bytes and the vLLM facts live in
// tests/data/fixtures, copied verbatim from the shared fixture set).
namespace TestData {
QString path(const QString &relative);
QByteArray read(const QString &relative);
QString cliPath();
QString guiPath(); // the built `tokscope` GUI executable
} // namespace TestData
