#include "windowhost.h"

#include "library/libraryview.h"
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "uilocale.h"

#include <QApplication>

namespace hamish {

WindowHost::WindowHost(QApplication& app, const Services& services)
    : m_app(app)
    , m_services(services)
{
    build();
}

WindowHost::~WindowHost() = default;

void WindowHost::build()
{
    m_window = std::make_unique<MainWindow>(m_services);
    m_window->resize(1360, 860);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, &WindowHost::switchLanguage);
}

void WindowHost::switchLanguage(const QLocale& locale)
{
    const QByteArray geometry = m_window->saveGeometry();
    const bool visible = m_window->isVisible();
    const qint64 article = m_window->readerPane()->articleId();
    // The old window may be inside its own signal: it goes once control is back in the loop.
    m_window.release()->deleteLater();
    applyUiLocale(m_app, locale);
    build();
    m_window->restoreGeometry(geometry);
    if (article > 0) {
        m_window->libraryView()->selectArticle(article);
        m_window->openArticle(article);
    }
    if (visible)
        m_window->show();
    emit windowRebuilt(m_window.get());
}

} // namespace hamish
