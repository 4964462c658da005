#include "models/compare/comparecell.h"

bool CompareCell::isFinished() const
{
    return result.state != RunState::Pending && result.state != RunState::Running;
}
