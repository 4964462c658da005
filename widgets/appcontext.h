#pragma once

class AppSettings;
class BenchHistoryStore;
class CompareHistoryStore;
class HistoryDatabase;
class NodeConfigStore;
class NodeMonitor;

// The long-lived engine objects a page needs, created and owned by app/main.cpp (on the GUI
// thread) and handed to every page. Pages never own these.
struct AppContext
{
    NodeMonitor *monitor = nullptr;
    AppSettings *settings = nullptr;
    HistoryDatabase *database = nullptr;
    CompareHistoryStore *compareHistory = nullptr;
    BenchHistoryStore *benchHistory = nullptr;
    NodeConfigStore *nodeStore = nullptr; // the user's configured nodes (persisted)
};
