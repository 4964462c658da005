#pragma once

#include "widgets/appcontext.h"

#include <QIcon>
#include <QMainWindow>

class DashboardPage;
class LabController;
class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

// The application shell: a sidebar of pages (Dashboard first; Compare, Benchmarks and History are
// added by app/main.cpp through addPage()), the menus (File, Nodes, Lab, Settings, Help) and a status
// bar that says when the simulated lab is running. Owns the LabController; the engine objects in the
// AppContext belong to app/main.cpp.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds Compare, Benchmarks, History and Overview after the Dashboard (app/main.cpp and the tests
    // call it). A new page is one more line in it.
    void addStandardPages();
    // Appends a page to the sidebar; the page is reparented to the window. Returns its index.
    int addPage(QWidget *page, const QString &title, const QIcon &icon = {});
    int pageCount() const;
    QWidget *page(int index) const;
    QWidget *currentPage() const;
    void setCurrentPage(int index);

    // Window geometry and the last page (by the page's objectName), saved on close.
    void restoreState();
    void saveState();

    DashboardPage *dashboardPage() const { return m_dashboard; }
    LabController *labController() const { return m_lab; }
    QListWidget *pageList() const { return m_pages; }
    QAction *startLabAction() const { return m_startLab; }
    QAction *stopLabAction() const { return m_stopLab; }
    QAction *editNodesAction() const { return m_editNodes; }
    // "Go" menu actions, one per page, with Ctrl+1..9.
    QList<QAction *> pageActions() const { return m_pageActions; }

public slots:
    // Starts the simulated lab and reports a failure in a message box.
    bool startSimulatedLab();
    void stopSimulatedLab();
    void editNodes();
    void showPreferences();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateLabState();
    void updateStatus();

    AppContext m_context;
    LabController *m_lab = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<QWidget *> m_pageWidgets; // the pages themselves (the stack holds their scroll areas)
    QLabel *m_labStatus = nullptr;
    QLabel *m_nodeStatus = nullptr;
    QAction *m_startLab = nullptr;
    QAction *m_stopLab = nullptr;
    QAction *m_editNodes = nullptr;
    QMenu *m_goMenu = nullptr;
    QList<QAction *> m_pageActions;
};
