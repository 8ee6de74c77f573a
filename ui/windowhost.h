#pragma once

#include "services.h"

#include <QLocale>
#include <QObject>

#include <memory>

class QApplication;

namespace hamish {

class MainWindow;

// Owns the main window. When the user picks another UI language it installs that
// language and rebuilds the window in it, where the old one was and on the same article,
// so that every string and the whole layout direction change at once.
class WindowHost final : public QObject
{
    Q_OBJECT

public:
    WindowHost(QApplication& app, const Services& services);
    ~WindowHost() override;

    MainWindow* window() const { return m_window.get(); }
    void switchLanguage(const QLocale& locale);

signals:
    void windowRebuilt(MainWindow* window);

private:
    void build();

    QApplication& m_app;
    Services m_services;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace hamish
