#include "form/ElementLibraryDialog.h"

#include "jobs/ElementLibrary.h"
#include "widgets/TextLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ks {

namespace {

constexpr int kThumbSide = 48;
enum Column { NameColumn, IdColumn, SourceColumn, VoiceColumn, CreatedColumn, ColumnCount };

} // namespace

ElementLibraryDialog::ElementLibraryDialog(ElementLibrary *library, QWidget *parent)
    : QDialog(parent), m_library(library)
{
    setObjectName(QStringLiteral("elementLibraryDialog"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    m_intro = new TextLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("elementList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setIconSize(QSize(kThumbSide, kThumbSide));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(VoiceColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CreatedColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    m_status = new TextLabel(this);
    m_status->setObjectName(QStringLiteral("elementLibraryStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createElementButton"));
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyElementIdButton"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteElementButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setDefault(true);
    buttons->addWidget(m_createButton);
    buttons->addStretch();
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ElementLibraryDialog::updateButtons);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const QString id = item->data(NameColumn, Qt::UserRole).toString();
        QApplication::clipboard()->setText(id);
        m_status->setText(tr("Copied %1.").arg(id));
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_createButton, &QPushButton::clicked, this, [this] {
        emit createRequested();
        accept();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    if (m_library)
        connect(m_library, &ElementLibrary::changed, this, &ElementLibraryDialog::reload);

    retranslate();
    reload();
}

ElementLibraryDialog::~ElementLibraryDialog() = default;

bool ElementLibraryDialog::deleteSelected(bool confirm)
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_library)
        return false;
    const QString id = item->data(NameColumn, Qt::UserRole).toString();
    const QString name = item->text(NameColumn);
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Delete element"),
            tr("Remove “%1” (%2) from the library? Requests that name it keep the id, but it "
               "can no longer be picked here.")
                .arg(name, id));
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (!m_library->remove(id)) {
        m_status->setText(tr("Could not delete %1: %2").arg(id, m_library->lastError()));
        return false;
    }
    m_status->setText(tr("Deleted “%1”.").arg(name));
    return true;
}

void ElementLibraryDialog::reload()
{
    const QString selected = m_list->currentItem()
        ? m_list->currentItem()->data(NameColumn, Qt::UserRole).toString()
        : QString();
    m_list->clear();
    const QList<Element> elements = m_library ? m_library->elements() : QList<Element> {};
    for (const Element &element : elements) {
        auto *item = new QTreeWidgetItem(m_list);
        QPixmap thumb;
        if (!element.thumbnailPath.isEmpty() && thumb.load(element.thumbnailPath))
            item->setIcon(NameColumn,
                          QIcon(thumb.scaled(kThumbSide, kThumbSide, Qt::KeepAspectRatio,
                                             Qt::SmoothTransformation)));
        item->setText(NameColumn, element.name);
        item->setToolTip(NameColumn, element.description);
        item->setData(NameColumn, Qt::UserRole, element.elementId);
        item->setText(IdColumn, element.elementId);
        item->setText(SourceColumn, element.madeFromVideo ? tr("from a video") : tr("from images"));
        item->setToolTip(SourceColumn,
                         element.madeFromVideo
                             ? tr("Cannot be combined with a video input (reference-to-video, "
                                  "video edit).")
                             : QString());
        // element_voice_id (API.md §10.1 #4), kept so the user can tell voices apart.
        item->setText(VoiceColumn, element.voiceId.isEmpty() ? tr("none") : element.voiceId);
        item->setText(CreatedColumn,
                      QLocale().toString(element.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (element.elementId == selected)
            m_list->setCurrentItem(item);
    }
    if (elements.isEmpty())
        m_status->setText(tr("No elements yet. Create one from a frontal image and 1 to 3 other "
                             "angles, or from a video."));
    else
        m_status->setText(tr("Elements in the library: %1").arg(elements.size()));
    updateButtons();
}

void ElementLibraryDialog::retranslate()
{
    setWindowTitle(tr("Element library"));
    m_intro->setText(tr("Elements are reusable subjects. Attach them under Advanced and refer to "
                        "them in the prompt as <<<element_N>>>."));
    m_list->setHeaderLabels(
        {tr("Name"), tr("Element ID"), tr("Made"), tr("Voice ID"), tr("Created")});
    m_createButton->setText(tr("Create element…"));
    m_copyButton->setText(tr("Copy ID"));
    m_deleteButton->setText(tr("Delete"));
    m_closeButton->setText(tr("Close"));
}

void ElementLibraryDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_copyButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void ElementLibraryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace ks
