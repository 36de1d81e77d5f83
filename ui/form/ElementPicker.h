#pragma once
// The elements attached to a request (model_params.element_list): picked from
// the local element library, shown in element_list order with their
// <<<element_N>>> token; ids not in the library are kept and marked.

#include "core/GenerationRequest.h"
#include "jobs/ElementLibrary.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QVBoxLayout;

namespace ks {

class ElementPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElementPicker)
public:
    explicit ElementPicker(QWidget *parent = nullptr);
    ~ElementPicker() override;

    void setLibrary(ElementLibrary *library);
    ElementLibrary *library() const { return m_library; }

    QList<ElementRef> elements() const { return m_elements; }
    void setElements(const QList<ElementRef> &elements);
    // Appends a library element (no-op when already attached or unknown).
    bool addElement(const QString &elementId);
    void removeAt(int index);
    // The "Add element" menu, rebuilt from the library each time it opens.
    QMenu *addMenu() const { return m_menu; }

signals:
    void changed();
    // "Manage library…" was chosen.
    void manageRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildRows();
    void rebuildMenu();
    void retranslate();

    QPointer<ElementLibrary> m_library;
    QList<ElementRef> m_elements;
    QVBoxLayout *m_rowLayout = nullptr;
    QList<QWidget *> m_rows;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_manageButton = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace ks
