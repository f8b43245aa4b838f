#include "PageLayout.h"

#include <QSizeF>

namespace pc {

PaperSpec paperSpec(PaperLayout layout)
{
    switch (layout) {
    case PaperLayout::A4:
        return {layout, QStringLiteral("a4"), QPageSize(QPageSize::A4), QMarginsF(30, 20, 15, 20), 12.5, false};
    case PaperLayout::A5:
        return {layout, QStringLiteral("a5"), QPageSize(QPageSize::A5), QMarginsF(15, 8, 10, 8), 9.0, false};
    case PaperLayout::Thermal80:
        // 80 mm roll; thermal heads print about 72 mm of it.
        return {layout, QStringLiteral("thermal80"), QPageSize(QSizeF(80, 200), QPageSize::Millimeter, QStringLiteral("Roll 80mm"), QPageSize::ExactMatch),
                QMarginsF(4, 3, 4, 3), 8.5, true};
    case PaperLayout::Label100x150:
        return {layout, QStringLiteral("label100x150"),
                QPageSize(QSizeF(100, 150), QPageSize::Millimeter, QStringLiteral("Label 100x150mm"), QPageSize::ExactMatch),
                QMarginsF(5, 5, 5, 5), 11.0, false};
    }
    return paperSpec(PaperLayout::A4);
}

std::optional<PaperLayout> paperLayoutFromKey(const QString &key)
{
    for (PaperLayout l : {PaperLayout::A4, PaperLayout::A5, PaperLayout::Thermal80})
        if (paperSpec(l).key == key.trimmed().toLower())
            return l;
    return std::nullopt;
}

}  // namespace pc
