#pragma once
// The element library view: every custom element with its thumbnail, name,
// id, how it was made and when; copy an id, delete, or start a new one.

#include "jobs/ElementLibrary.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ks {

class ElementLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElementLibraryDialog)
public:
    explicit ElementLibraryDialog(ElementLibrary *library, QWidget *parent = nullptr);
    ~ElementLibraryDialog() override;

    QTreeWidget *list() const { return m_list; }
    // Removes the selected element from the library (after a confirmation
    // unless `confirm` is false). The element stays on the server.
    bool deleteSelected(bool confirm = true);

signals:
    // "Create element…": the form switches to the custom element mode.
    void createRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void updateButtons();

    QPointer<ElementLibrary> m_library;
    QTreeWidget *m_list = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace ks
