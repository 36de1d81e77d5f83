#include "form/ElementPicker.h"

#include "core/PromptReferences.h"
#include "jobs/ElementLibrary.h"
#include "widgets/TextLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ks {

namespace {

constexpr int kThumbSide = 32;

QPixmap elementThumbnail(const QString &path)
{
    QPixmap pixmap;
    if (!path.isEmpty() && pixmap.load(path))
        return pixmap.scaled(kThumbSide, kThumbSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return {};
}

} // namespace

ElementPicker::ElementPicker(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_emptyLabel = new TextLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("elementsEmpty"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText); // <<<element_N>>> is not markup
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyLabel);
    m_rowLayout = new QVBoxLayout;
    m_rowLayout->setSpacing(4);
    layout->addLayout(m_rowLayout);

    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addElementButton"));
    m_menu = new QMenu(m_addButton);
    m_menu->setObjectName(QStringLiteral("addElementMenu"));
    m_addButton->setMenu(m_menu);
    m_manageButton = new QPushButton(this);
    m_manageButton->setObjectName(QStringLiteral("manageElementsButton"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_manageButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_menu, &QMenu::aboutToShow, this, &ElementPicker::rebuildMenu);
    connect(m_manageButton, &QPushButton::clicked, this, &ElementPicker::manageRequested);
    retranslate();
    rebuildMenu();
    rebuildRows();
}

ElementPicker::~ElementPicker() = default;

void ElementPicker::setLibrary(ElementLibrary *library)
{
    if (m_library)
        m_library->disconnect(this);
    m_library = library;
    if (m_library) {
        connect(m_library, &ElementLibrary::changed, this, [this] {
            rebuildMenu();
            rebuildRows();
        });
    }
    rebuildMenu();
    rebuildRows();
}

void ElementPicker::setElements(const QList<ElementRef> &elements)
{
    m_elements = elements;
    rebuildRows();
}

bool ElementPicker::addElement(const QString &elementId)
{
    if (!m_library)
        return false;
    const std::optional<Element> element = m_library->find(elementId);
    if (!element)
        return false;
    for (const ElementRef &ref : std::as_const(m_elements)) {
        if (ref.elementId == elementId)
            return false;
    }
    m_elements << ElementRef {element->elementId, element->madeFromVideo};
    rebuildRows();
    emit changed();
    return true;
}

void ElementPicker::removeAt(int index)
{
    if (index < 0 || index >= m_elements.size())
        return;
    m_elements.removeAt(index);
    rebuildRows();
    emit changed();
}

void ElementPicker::rebuildMenu()
{
    m_menu->clear();
    const QList<Element> all = m_library ? m_library->elements() : QList<Element> {};
    int offered = 0;
    for (const Element &element : all) {
        bool attached = false;
        for (const ElementRef &ref : std::as_const(m_elements))
            attached |= ref.elementId == element.elementId;
        QString how = element.madeFromVideo ? tr("from a video") : tr("from images");
        if (!element.voiceId.isEmpty())
            how = tr("%1, voice %2").arg(how, element.voiceId);
        QAction *action = m_menu->addAction(QIcon(elementThumbnail(element.thumbnailPath)),
                                            tr("%1 (%2)").arg(element.name, how));
        action->setData(element.elementId);
        action->setToolTip(element.elementId);
        action->setEnabled(!attached);
        const QString id = element.elementId;
        connect(action, &QAction::triggered, this, [this, id] { addElement(id); });
        ++offered;
    }
    if (offered == 0) {
        QAction *none = m_menu->addAction(
            tr("The library is empty: create an element first (mode “Custom element”)."));
        none->setEnabled(false);
    }
}

void ElementPicker::rebuildRows()
{
    // Safe to delete at once: a row's remove button acts through a queued call.
    for (QWidget *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    for (int i = 0; i < m_elements.size(); ++i) {
        const ElementRef &ref = m_elements.at(i);
        const std::optional<Element> element =
            m_library ? m_library->find(ref.elementId) : std::nullopt;
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("elementRow"));
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(6);
        auto *thumb = new QLabel(row);
        thumb->setFixedSize(kThumbSide, kThumbSide);
        const QPixmap pixmap = element ? elementThumbnail(element->thumbnailPath) : QPixmap();
        if (!pixmap.isNull())
            thumb->setPixmap(pixmap);
        auto *text = new TextLabel(row);
        text->setObjectName(QStringLiteral("elementText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        const QString token = PromptReferences::token(ReferenceKind::Element, i + 1);
        const QString name = element ? element->name : tr("not in the library");
        QString line = tr("%1 · %2").arg(token, name);
        if (ref.madeFromVideo)
            line += QStringLiteral(" · ") + tr("made from a video");
        if (element && !element->voiceId.isEmpty())
            line += QStringLiteral(" · ") + tr("voice %1").arg(element->voiceId);
        text->setText(line);
        text->setToolTip(ref.elementId);
        text->setSelectable(true);
        auto *remove = new QToolButton(row);
        remove->setObjectName(QStringLiteral("elementRemove"));
        remove->setText(QStringLiteral("×"));
        remove->setToolTip(tr("Remove %1").arg(token));
        remove->setAccessibleName(tr("Remove element %1").arg(i + 1));
        connect(remove, &QToolButton::clicked, this, [this, i] {
            // Queued: this row is rebuilt by the removal.
            QTimer::singleShot(0, this, [this, i] { removeAt(i); });
        });
        h->addWidget(thumb);
        h->addWidget(text, 1);
        h->addWidget(remove);
        m_rowLayout->addWidget(row);
        m_rows << row;
    }
    m_emptyLabel->setVisible(m_elements.isEmpty());
}

void ElementPicker::retranslate()
{
    m_emptyLabel->setText(tr("No elements attached. Elements are reusable subjects from your "
                             "library; refer to them as <<<element_N>>>."));
    m_addButton->setText(tr("Add element"));
    m_manageButton->setText(tr("Library…"));
    m_manageButton->setToolTip(tr("See, copy and delete the elements you created"));
}

void ElementPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildMenu();
        rebuildRows();
    }
    QWidget::changeEvent(event);
}

} // namespace ks
