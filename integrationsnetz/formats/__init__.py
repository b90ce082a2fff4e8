"""Date and time formats per language, on top of Django's own (FORMAT_MODULE_PATH).

Django looks up a format here first and falls back to django/conf/locale/<language>/formats.py
for every name a module here leaves out. Digits are always Latin (0-9), Arabic and Farsi
included: Django's date filter writes no others, and docs/sprachen.md says why we keep it so.
"""
