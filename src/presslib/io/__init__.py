"""Reading transcript files (text, HTML, XML, PDF; encodings) and writing tables.

- :mod:`~presslib.io.read`: a file or bytes into a :class:`~presslib.io.read.Source`;
- :mod:`~presslib.io.markup`: HTML and XML reduced to text, with each line's source line;
- :mod:`~presslib.io.pdf`: a PDF's text;
- :mod:`~presslib.io.write`: tables to CSV or Parquet, reference-data CSVs in.
"""

from .read import Source, decode, decode_source, read_source, read_text
from .write import read_data_csv, write_table

__all__ = ["Source", "decode", "decode_source", "read_data_csv", "read_source", "read_text", "write_table"]
