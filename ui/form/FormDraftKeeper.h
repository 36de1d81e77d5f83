#pragma once
// Keeps the generation form's draft (mode, prompt, inputs, shots, elements,
// settings) across restarts: saves it to Settings shortly after each change
// and when asked (on close), and loads it back into the form at start,
// leaving out local input files that no longer exist.

#include <QObject>
#include <QStringList>

class QTimer;

namespace ks {

class GenerationForm;
class Settings;

class FormDraftKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDraftKeeper)
public:
    FormDraftKeeper(GenerationForm *form, Settings *settings, QObject *parent = nullptr);

    // Loads the saved draft into the form, then follows its changes. Returns
    // the local input files the draft named that no longer exist (left out).
    QStringList restore();
    // Writes a pending change now (the window closes).
    void flush();

private:
    void save();

    GenerationForm *m_form;
    Settings *m_settings;
    QTimer *m_timer;
};

} // namespace ks
