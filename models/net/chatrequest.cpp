#include "models/net/chatrequest.h"

#include "models/net/apidialect.h"
#include "models/net/apidialects.h"

QByteArray ChatRequest::toJson() const
{
    return ApiDialects::forNode(node).requestBody(*this);
}

QUrl ChatRequest::endpointUrl() const
{
    return ApiDialects::forNode(node).chatUrl(node);
}
