#pragma once
// The band under the form: the live cost estimate, the reason Generate is
// off, and the Generate button with its pause after a click
// (GenerateFooter.ui). Part of GenerationForm from the start.

#include <QWidget>

#include <memory>

namespace ks {

struct Estimate;

class GenerateFooter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateFooter)
public:
    explicit GenerateFooter(QWidget *parent = nullptr);
    ~GenerateFooter() override;

    // Credits, dollars at `creditsPerUsd` (none at 0), formula and driver.
    void showEstimate(const Estimate &estimate, double creditsPerUsd);
    // Whether Generate may be pressed; else `message` says why (`details`
    // lists every reason, one a line, for the tooltip).
    void showState(bool enabled, const QString &message, const QString &details);
    // Clicks Generate when it is on and not pausing after the last click.
    void trigger();
    // How many identical jobs one click makes (the "× N" box beside Generate).
    int takes() const;
    void setTakes(int takes);

signals:
    // Generate was pressed; it stays off for a moment from the signal's return.
    void generateClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks
