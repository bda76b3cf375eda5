### Las palabras de la herramienta en español. Los ids no cambian: el código los usa; quien traduce
### cambia solo el texto después de "=". Los marcadores ({ $name }) se quedan.

## Idiomas y fechas (src/i18n)

lang-unknown = "{ $code }" no es un idioma de esta herramienta. Use { $known }.
item-word = Punto
# El nombre del mes dentro de una fecha.
month-in-date = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-long = { $day } de { $month } de { $year }
