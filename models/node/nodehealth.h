#pragma once

#include <QString>

// up: answers and serves; loading: 503 "Loading model"; degraded: answers but something is off
// (metrics missing/garbled, HTML instead of JSON, auth); down: nothing usable answered.
enum class NodeHealth { Unknown, Up, Loading, Degraded, Down };

QString nodeHealthKey(NodeHealth health);        // up | loading | degraded | down | unknown
QString nodeHealthDisplayName(NodeHealth health); // translated
