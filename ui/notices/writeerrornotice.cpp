#include "notices/writeerrornotice.h"

#include <QMessageBox>

namespace hamish {

WriteErrorNotice::WriteErrorNotice(QWidget* window)
    : QObject(window)
    , m_window(window)
{
}

void WriteErrorNotice::show(const QString& message)
{
    if (!m_box) {
        m_box = new QMessageBox(QMessageBox::Warning, tr("Not saved"), {}, QMessageBox::Ok, m_window);
        m_box->setAttribute(Qt::WA_DeleteOnClose);
        m_box->setWindowModality(Qt::WindowModal);
        m_box->setInformativeText(
            tr("The library did not change, and what you see is what it holds. Reading, searching and "
               "exporting to another folder still work. Free some disk space or check that the library "
               "file can be written, then try again."));
    }
    m_box->setText(message);
    m_box->open();
}

} // namespace hamish
