#include "StudentsPageEntry.h"

#include "ImportActions.h"
#include "PageContext.h"
#include "StaffRoles.h"
#include "StudentsPage.h"

#include <QAction>
#include <QUndoStack>

namespace cet {

PageEntry studentsPageEntry()
{
    PageEntry entry;
    entry.id = QStringLiteral("students");
    entry.iconName = QStringLiteral("system-users");
    entry.title = QT_TRANSLATE_NOOP("cet::MainWindow", "Students");
    entry.roles = { roles::coordinator, roles::admin };
    entry.works = PageWorks::OnLocalRoster;
    entry.make = [](PageContext &context) {
        auto *students = new StudentsPage(context.db(), context.actor());
        Page page;
        page.widget = students;
        page.undoStack = students->undoStack();
        // Import and export belong to the page (it refreshes after an import and exports its
        // current view); the File menu shows its actions.
        if (ImportActions *import = students->importActions()) {
            page.fileActions << import->importAction() << import->historyAction() << import->templateAction()
                             << students->photoAction();
            auto *separator = new QAction(students);
            separator->setSeparator(true);
            page.fileActions << separator;
            QObject::connect(import, &ImportActions::databaseChanged, &context, &PageContext::localDataChanged);
        }
        page.fileActions << students->exportAction();
        page.editActions << students->editAction();

        context.setStatusText(students, students->statusText());
        QObject::connect(students, &StudentsPage::statusTextChanged, &context,
                         [&context, students](const QString &text) { context.setStatusText(students, text); });
        // Edits add to the outbox; pulled changes and resolved conflicts change rows.
        QObject::connect(students->undoStack(), &QUndoStack::indexChanged, &context, &PageContext::localDataChanged);
        QObject::connect(&context, &PageContext::syncedDataChanged, students, &StudentsPage::refresh);
        QObject::connect(&context, &PageContext::registrationsChanged, students, &StudentsPage::refreshRegistrations);
        return page;
    };
    return entry;
}

} // namespace cet
