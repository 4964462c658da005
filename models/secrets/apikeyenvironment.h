#pragma once

#include <QString>

// The environment-variable source of an API key: a node's settings may name a variable
// (NodeConfig::apiKeyEnv) that holds its key, for machines without a keychain service and for scripts.
// Only the name is ever stored; the value is read when the node list is loaded.
namespace ApiKeyEnvironment {

// Translated reason the name cannot be used (letters, digits and '_', not starting with a digit);
// empty for a usable name or an empty one (no variable).
QString nameProblem(const QString &name);
// The variable's value; empty when the name is empty or unusable, or the variable is unset.
QString value(const QString &name);
bool isSet(const QString &name);

} // namespace ApiKeyEnvironment
