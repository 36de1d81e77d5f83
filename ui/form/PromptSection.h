#pragma once
// The prompt: its box with a character counter and limit hint, the
// "Insert reference" menu of the tokens the request can name, the warnings
// about tokens that name nothing, and the note while a storyboard replaces
// it (PromptSection.ui). Part of GenerationForm from the start.

#include "core/Mode.h"

#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace ks {

class ElementLibrary;
struct AvailableReference;

class PromptSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptSection)
public:
    explicit PromptSection(QWidget *parent = nullptr);
    ~PromptSection() override;

    QString text() const;
    // Without textChanged().
    void setText(const QString &text);
    // Shown in the modes that take a prompt; video edit's is optional.
    void setMode(Mode mode);
    void setWarnings(const QStringList &warnings);
    void setMultiShotNoteShown(bool shown);
    // A red ring on a prompt the rules refuse, once touched or too long.
    void showIssue(bool bad, bool touched);
    // The menu's entries, rebuilt as it opens (see tokensWanted()); the
    // library names the elements.
    void setReferences(const QList<AvailableReference> &refs, const ElementLibrary *library);
    // Where a token goes: the prompt box or a shot's, the one last focused.
    void setTokenTarget(QPlainTextEdit *edit);
    QPlainTextEdit *edit() const;

signals:
    void textChanged();
    // The token menu is about to open: answer with setReferences().
    void tokensWanted();

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks
